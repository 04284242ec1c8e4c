-- Élan schema, version 3, for H2 2.x: the survey state besides the responses, so that invitations and the anonymity
-- guard's memory of released figures survive restarts and every node sharing the database sees the same ones.
--
-- Conventions are those of version 1: tenant_id leads every primary key, collections are length-prefixed text written
-- and read only by the Élan JDBC store, and every statement is guarded with IF NOT EXISTS.
-- * elan_survey_invitation is the only table where a person and a token meet. It has no time column and no sequence,
--   so that it cannot be lined up with the order in which responses arrive. The per-wave secret that links an issued
--   token to its stored response is never kept in this database.
-- * elan_survey_release holds one row per respondent set released for a figure: its 64-bit fingerprints as 16
--   hexadecimal digits each, sorted by value, and their SHA-256 digest, which makes a set appended twice one row.

CREATE TABLE IF NOT EXISTS elan_survey_invitation (
    tenant_id   VARCHAR(128) NOT NULL,
    program_id  VARCHAR(128) NOT NULL,
    wave        VARCHAR(64) NOT NULL,
    person_id   VARCHAR(128) NOT NULL,
    token       VARCHAR(128) NOT NULL,
    segments    CHARACTER VARYING NOT NULL,
    answered    BOOLEAN NOT NULL,
    CONSTRAINT elan_survey_invitation_pk PRIMARY KEY (tenant_id, program_id, wave, person_id),
    CONSTRAINT elan_survey_invitation_token_uk UNIQUE (tenant_id, program_id, wave, token)
);

CREATE TABLE IF NOT EXISTS elan_survey_release (
    tenant_id     VARCHAR(128) NOT NULL,
    program_id    VARCHAR(128) NOT NULL,
    wave          VARCHAR(64) NOT NULL,
    figure_key    VARCHAR(128) NOT NULL,
    set_digest    CHAR(64) NOT NULL,
    fingerprints  CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT elan_survey_release_pk PRIMARY KEY (tenant_id, program_id, wave, figure_key, set_digest)
);
