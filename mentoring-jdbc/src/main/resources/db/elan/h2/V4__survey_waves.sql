-- Élan schema, version 4, for H2 2.x: the definition each survey wave was opened with, so that a wave id keeps one
-- meaning on every node and across restarts, and figures released under one definition are never combined with
-- figures of another.
--
-- Conventions are those of version 1: tenant_id leads every primary key, collections are length-prefixed text written
-- and read only by the Élan JDBC store, and every statement is guarded with IF NOT EXISTS.
-- * elan_survey_wave holds one row per wave: its questionnaire id, its items with their kind, track and option codes,
--   its scales and its segment dimensions, encoded in one column. The first definition stored for a wave stays.

CREATE TABLE IF NOT EXISTS elan_survey_wave (
    tenant_id   VARCHAR(128) NOT NULL,
    program_id  VARCHAR(128) NOT NULL,
    wave        VARCHAR(64) NOT NULL,
    definition  CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT elan_survey_wave_pk PRIMARY KEY (tenant_id, program_id, wave)
);
