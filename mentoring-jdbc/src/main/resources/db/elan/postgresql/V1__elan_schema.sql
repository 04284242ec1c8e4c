-- Élan schema, version 1, for PostgreSQL 12 or newer.
--
-- Conventions:
-- * Every table starts its primary key with tenant_id: no row is reachable without its tenant.
-- * Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z. A PostgreSQL timestamp keeps only microseconds;
--   nanoseconds keep every Java Instant between 1677-09-21 and 2262-04-11 exactly and sort like the instants.
-- * Identifiers use the "C" collation so that ORDER BY follows the code points, as Java's String order does.
-- * Small collections (opt-outs, attributes, segments, answers, message content) are length-prefixed text,
--   written and read only by the Élan JDBC store.
-- * Every statement is guarded with IF NOT EXISTS so that a host may apply the script with its own tool and the
--   store's migrate() still finds a complete schema.

CREATE TABLE IF NOT EXISTS elan_program (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kick_off     DATE NOT NULL,
    closing      DATE NOT NULL,
    zone_id      VARCHAR(64) NOT NULL,
    locale_tag   VARCHAR(255) NOT NULL,
    status       VARCHAR(32) NOT NULL,
    settings     TEXT NOT NULL,
    version      BIGINT NOT NULL,
    CONSTRAINT elan_program_pk PRIMARY KEY (tenant_id, program_id)
);

CREATE TABLE IF NOT EXISTS elan_participant (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    person_id    VARCHAR(128) COLLATE "C" NOT NULL,
    role         VARCHAR(32) NOT NULL,
    channel      VARCHAR(32) NOT NULL,
    locale_tag   VARCHAR(255) NOT NULL,
    zone_id      VARCHAR(64) NOT NULL,
    status       VARCHAR(32) NOT NULL,
    enrolled_on  DATE NOT NULL,
    opt_outs     TEXT NOT NULL,
    version      BIGINT NOT NULL,
    CONSTRAINT elan_participant_pk PRIMARY KEY (tenant_id, program_id, person_id),
    CONSTRAINT elan_participant_program_fk FOREIGN KEY (tenant_id, program_id)
        REFERENCES elan_program (tenant_id, program_id)
);

CREATE TABLE IF NOT EXISTS elan_pair (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    pair_id      VARCHAR(128) COLLATE "C" NOT NULL,
    mentor_id    VARCHAR(128) COLLATE "C" NOT NULL,
    mentee_id    VARCHAR(128) COLLATE "C" NOT NULL,
    status       VARCHAR(32) NOT NULL,
    formed_on    DATE NOT NULL,
    ended_on     DATE,
    end_reason   VARCHAR(500),
    version      BIGINT NOT NULL,
    CONSTRAINT elan_pair_pk PRIMARY KEY (tenant_id, program_id, pair_id),
    CONSTRAINT elan_pair_program_fk FOREIGN KEY (tenant_id, program_id)
        REFERENCES elan_program (tenant_id, program_id)
);

CREATE TABLE IF NOT EXISTS elan_touchpoint (
    tenant_id      VARCHAR(128) COLLATE "C" NOT NULL,
    program_id     VARCHAR(128) COLLATE "C" NOT NULL,
    touchpoint_id  VARCHAR(128) COLLATE "C" NOT NULL,
    format         VARCHAR(32) NOT NULL,
    theme          VARCHAR(200) NOT NULL,
    starts_at      BIGINT NOT NULL,
    ends_at        BIGINT NOT NULL,
    delivery_mode  VARCHAR(32) NOT NULL,
    audience       VARCHAR(32) NOT NULL,
    status         VARCHAR(32) NOT NULL,
    version        BIGINT NOT NULL,
    CONSTRAINT elan_touchpoint_pk PRIMARY KEY (tenant_id, program_id, touchpoint_id),
    CONSTRAINT elan_touchpoint_program_fk FOREIGN KEY (tenant_id, program_id)
        REFERENCES elan_program (tenant_id, program_id)
);

CREATE TABLE IF NOT EXISTS elan_attendance (
    tenant_id      VARCHAR(128) COLLATE "C" NOT NULL,
    program_id     VARCHAR(128) COLLATE "C" NOT NULL,
    touchpoint_id  VARCHAR(128) COLLATE "C" NOT NULL,
    person_id      VARCHAR(128) COLLATE "C" NOT NULL,
    status         VARCHAR(32) NOT NULL,
    recorded_at    BIGINT NOT NULL,
    CONSTRAINT elan_attendance_pk PRIMARY KEY (tenant_id, program_id, touchpoint_id, person_id),
    CONSTRAINT elan_attendance_touchpoint_fk FOREIGN KEY (tenant_id, program_id, touchpoint_id)
        REFERENCES elan_touchpoint (tenant_id, program_id, touchpoint_id)
);

CREATE TABLE IF NOT EXISTS elan_hotline_request (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    request_id   VARCHAR(128) COLLATE "C" NOT NULL,
    raised_by    VARCHAR(128) COLLATE "C" NOT NULL,
    topic        VARCHAR(32) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    details      VARCHAR(4000) NOT NULL,
    raised_at    BIGINT NOT NULL,
    status       VARCHAR(32) NOT NULL,
    assignee_id  VARCHAR(128) COLLATE "C",
    answer       VARCHAR(4000),
    answered_at  BIGINT,
    closed_at    BIGINT,
    version      BIGINT NOT NULL,
    CONSTRAINT elan_hotline_request_pk PRIMARY KEY (tenant_id, program_id, request_id),
    CONSTRAINT elan_hotline_request_program_fk FOREIGN KEY (tenant_id, program_id)
        REFERENCES elan_program (tenant_id, program_id)
);

CREATE TABLE IF NOT EXISTS elan_checkpoint_call (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    call_id      VARCHAR(128) COLLATE "C" NOT NULL,
    person_id    VARCHAR(128) COLLATE "C" NOT NULL,
    due_from     DATE NOT NULL,
    due_by       DATE NOT NULL,
    status       VARCHAR(32) NOT NULL,
    outcome      VARCHAR(32),
    logged_at    BIGINT,
    notes        VARCHAR(2000),
    version      BIGINT NOT NULL,
    CONSTRAINT elan_checkpoint_call_pk PRIMARY KEY (tenant_id, program_id, call_id),
    CONSTRAINT elan_checkpoint_call_program_fk FOREIGN KEY (tenant_id, program_id)
        REFERENCES elan_program (tenant_id, program_id)
);

CREATE TABLE IF NOT EXISTS elan_activity_event (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    event_id     VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    pair_id      VARCHAR(128) COLLATE "C",
    person_id    VARCHAR(128) COLLATE "C",
    kind         VARCHAR(32) NOT NULL,
    occurred_at  BIGINT NOT NULL,
    source       VARCHAR(64) NOT NULL,
    attributes   TEXT NOT NULL,
    CONSTRAINT elan_activity_event_pk PRIMARY KEY (tenant_id, event_id)
);

CREATE INDEX IF NOT EXISTS elan_activity_event_by_time
    ON elan_activity_event (tenant_id, program_id, occurred_at, event_id);

CREATE TABLE IF NOT EXISTS elan_survey_response (
    tenant_id    VARCHAR(128) COLLATE "C" NOT NULL,
    program_id   VARCHAR(128) COLLATE "C" NOT NULL,
    wave         VARCHAR(64) COLLATE "C" NOT NULL,
    token        VARCHAR(128) COLLATE "C" NOT NULL,
    segments     TEXT NOT NULL,
    answers      TEXT NOT NULL,
    CONSTRAINT elan_survey_response_pk PRIMARY KEY (tenant_id, program_id, wave, token)
);

CREATE TABLE IF NOT EXISTS elan_outbox (
    tenant_id        VARCHAR(128) COLLATE "C" NOT NULL,
    idempotency_key  VARCHAR(200) COLLATE "C" NOT NULL,
    program_id       VARCHAR(128) COLLATE "C" NOT NULL,
    recipient_id     VARCHAR(128) COLLATE "C" NOT NULL,
    channel          VARCHAR(32) NOT NULL,
    locale_tag       VARCHAR(255) NOT NULL,
    kind             VARCHAR(64) NOT NULL,
    content          TEXT NOT NULL,
    not_before       BIGINT NOT NULL,
    state            VARCHAR(16) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  BIGINT NOT NULL,
    due_at           BIGINT,
    claim_token      VARCHAR(128) COLLATE "C",
    last_error       VARCHAR(1000),
    settled_at       BIGINT,
    CONSTRAINT elan_outbox_pk PRIMARY KEY (tenant_id, idempotency_key)
);

-- due_at is next_attempt_at while a message may still be claimed (PENDING or IN_FLIGHT) and NULL once it is final:
-- claims read this index in order and stop at their limit.
CREATE INDEX IF NOT EXISTS elan_outbox_due
    ON elan_outbox (tenant_id, due_at, idempotency_key);

CREATE INDEX IF NOT EXISTS elan_outbox_by_claim
    ON elan_outbox (tenant_id, claim_token);

CREATE INDEX IF NOT EXISTS elan_outbox_by_program
    ON elan_outbox (tenant_id, program_id, idempotency_key);
