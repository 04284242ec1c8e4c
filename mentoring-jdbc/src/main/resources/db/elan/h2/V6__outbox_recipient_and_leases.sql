-- Élan schema, version 6, for H2 2.x: what the outbox needs to deliver each message as its tenant promised, under
-- faults.
--
-- Conventions are those of version 1; every statement can run again after an interrupted migration.
-- * recipient_locale_tag and recipient_zone carry the recipient's own language (a BCP 47 tag) and time zone to the
--   gateway. Messages queued before this version get the language they are written in and UTC.
-- * elan_outbox_in_flight lets a sender take claims whose lease expired (a sender that stopped) ahead of a backlog of
--   pending messages, reading in-flight rows only, in the order their leases expired.

ALTER TABLE elan_outbox ADD COLUMN IF NOT EXISTS recipient_locale_tag VARCHAR(255);
ALTER TABLE elan_outbox ADD COLUMN IF NOT EXISTS recipient_zone VARCHAR(64);
UPDATE elan_outbox SET recipient_locale_tag = locale_tag WHERE recipient_locale_tag IS NULL;
UPDATE elan_outbox SET recipient_zone = 'UTC' WHERE recipient_zone IS NULL;
ALTER TABLE elan_outbox ALTER COLUMN recipient_locale_tag SET NOT NULL;
ALTER TABLE elan_outbox ALTER COLUMN recipient_zone SET NOT NULL;

CREATE INDEX IF NOT EXISTS elan_outbox_in_flight
    ON elan_outbox (tenant_id, state, due_at, idempotency_key);
