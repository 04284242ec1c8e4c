-- Élan schema, version 7, for PostgreSQL 12 or newer: the receipts of erasures, so that a tenant can show when it erased someone without keeping
-- whom. A receipt holds no identifier of the person: its id is drawn at random, counts holds how many records each
-- port removed or rewrote (length-prefixed text written and read only by the Élan JDBC store).
--
-- Conventions are those of version 1: tenant_id leads the primary key, instants are BIGINT nanoseconds since the
-- epoch, and the statement is guarded with IF NOT EXISTS.

CREATE TABLE IF NOT EXISTS elan_erasure_receipt (
    tenant_id   VARCHAR(128) NOT NULL,
    receipt_id  VARCHAR(128) NOT NULL,
    erased_at   BIGINT NOT NULL,
    counts      VARCHAR(4000) NOT NULL,
    CONSTRAINT elan_erasure_receipt_pk PRIMARY KEY (tenant_id, receipt_id)
);
