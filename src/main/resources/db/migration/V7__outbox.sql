-- The outbox: what the service announces to the world (partners, notifications), written in the transaction of the
-- change it announces and relayed afterwards by Camel, at least once. event_key is the stable key a recipient
-- de-duplicates on; next_attempt_at is when a PENDING event is next due (also the lease of a relay delivering it).
-- FAILED events are the dead letters an ADMIN sees and retries.
CREATE TABLE outbox_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    topic           VARCHAR(64)  NOT NULL,
    event_key       VARCHAR(190) NOT NULL,
    payload         MEDIUMTEXT   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    delivered_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    -- the relay's claim: due PENDING events, oldest due first
    KEY ix_outbox_event_due (status, next_attempt_at, id),
    -- the dead letters, and the purge of old DELIVERED events
    KEY ix_outbox_event_status_created (status, created_at),
    CONSTRAINT ck_outbox_event_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
