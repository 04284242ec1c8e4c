-- Élan schema, version 2, for H2 2.x: the broadcast log, so that broadcasts and whom they reached survive restarts
-- and every node sharing the database sees the same ones.
--
-- Conventions are those of version 1: tenant_id leads every primary key, instants are BIGINT nanoseconds since the
-- epoch, collections are length-prefixed text written and read only by the Élan JDBC store, and every statement is
-- guarded with IF NOT EXISTS.
-- * versions holds the broadcast's languages: their BCP 47 tags, each followed by its encoded message content.
-- * recorded_seq numbers addressees in the order they were recorded, so that they are read back in that order.

CREATE TABLE IF NOT EXISTS elan_broadcast (
    tenant_id     VARCHAR(128) NOT NULL,
    program_id    VARCHAR(128) NOT NULL,
    broadcast_id  VARCHAR(128) NOT NULL,
    audience      VARCHAR(32) NOT NULL,
    kind          VARCHAR(64) NOT NULL,
    versions      CHARACTER LARGE OBJECT NOT NULL,
    published_at  BIGINT NOT NULL,
    CONSTRAINT elan_broadcast_pk PRIMARY KEY (tenant_id, program_id, broadcast_id)
);

CREATE INDEX IF NOT EXISTS elan_broadcast_by_time
    ON elan_broadcast (tenant_id, program_id, published_at, broadcast_id);

CREATE TABLE IF NOT EXISTS elan_broadcast_addressee (
    tenant_id        VARCHAR(128) NOT NULL,
    program_id       VARCHAR(128) NOT NULL,
    broadcast_id     VARCHAR(128) NOT NULL,
    person_id        VARCHAR(128) NOT NULL,
    recorded_seq     BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
    role             VARCHAR(32) NOT NULL,
    outcome          VARCHAR(32) NOT NULL,
    channel          VARCHAR(32),
    idempotency_key  CHARACTER VARYING,
    catch_up         BOOLEAN NOT NULL,
    decided_at       BIGINT NOT NULL,
    detail           CHARACTER VARYING,
    CONSTRAINT elan_broadcast_addressee_pk PRIMARY KEY (tenant_id, program_id, broadcast_id, person_id),
    CONSTRAINT elan_broadcast_addressee_broadcast_fk FOREIGN KEY (tenant_id, program_id, broadcast_id)
        REFERENCES elan_broadcast (tenant_id, program_id, broadcast_id)
);

CREATE INDEX IF NOT EXISTS elan_broadcast_addressee_in_order
    ON elan_broadcast_addressee (tenant_id, program_id, broadcast_id, recorded_seq);
