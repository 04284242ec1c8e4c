-- Élan schema, version 5, for H2 2.x: survey responses held sealed until they are published in shuffled batches, so
-- that an operator who reads every table and every column, _ROWID_ included, cannot line a response up with the
-- invitation marked answered when it arrived.
--
-- Conventions are those of version 1: tenant_id leads every primary key, and every statement is guarded with
-- IF NOT EXISTS.
-- * elan_survey_held holds one row per submission: the token it is held under (a keyed one-way derivation of the
--   token handed to the respondent), the opaque label of the group it is published with, and its ciphertext,
--   authenticated encryption under a key derived from the wave secret, which is never kept in this database. Every
--   ciphertext of a wave and group has the same length. Once published the ciphertext is cleared (NULL) and the row
--   stays, so that the same token is never held twice.
-- * A publication clears a batch's ciphertexts and inserts the plain responses, under fresh random tokens and in a
--   random order, in one transaction: the _ROWID_ order of elan_survey_response within a batch is the random order.

CREATE TABLE IF NOT EXISTS elan_survey_held (
    tenant_id    VARCHAR(128) NOT NULL,
    program_id   VARCHAR(128) NOT NULL,
    wave         VARCHAR(64) NOT NULL,
    token        VARCHAR(128) NOT NULL,
    batch_group  VARCHAR(128) NOT NULL,
    ciphertext   BINARY VARYING(16777216),
    CONSTRAINT elan_survey_held_pk PRIMARY KEY (tenant_id, program_id, wave, token)
);
