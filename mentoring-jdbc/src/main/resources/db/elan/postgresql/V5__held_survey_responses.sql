-- Élan schema, version 5, for PostgreSQL 12 or newer: survey responses held sealed until they are published in
-- shuffled batches, so that an operator who reads every table and every system column (xmin, ctid) cannot line a
-- response up with the invitation marked answered when it arrived.
--
-- Conventions are those of version 1: tenant_id leads every primary key, identifiers use the "C" collation, and every
-- statement is guarded with IF NOT EXISTS.
-- * elan_survey_held holds one row per submission: the token it is held under (a keyed one-way derivation of the
--   token handed to the respondent), the opaque label of the group it is published with, and its ciphertext,
--   authenticated encryption under a key derived from the wave secret, which is never kept in this database. Every
--   ciphertext of a wave and group has the same length. Once published the ciphertext is cleared (NULL) and the row
--   stays, so that the same token is never held twice.
-- * A publication clears a batch's ciphertexts and inserts the plain responses, under fresh random tokens and in a
--   random order, in one transaction: the rows of elan_survey_response share that transaction's xmin, and their ctid
--   order is the random order.

CREATE TABLE IF NOT EXISTS elan_survey_held (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    wave         VARCHAR(64) COLLATE "C" NOT NULL,
    token        VARCHAR(128) COLLATE "C" NOT NULL,
    batch_group  VARCHAR(128) COLLATE "C" NOT NULL,
    ciphertext   BYTEA,
    CONSTRAINT elan_survey_held_pk PRIMARY KEY (tenant_id, program_id, wave, token)
);
