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

-- In-app notifications: one row per delivered outbox event (outbox_event_id is unique, so a redelivery adds nothing).
-- The text is rendered when read, in the reader's language, from message_key and args (a JSON array of strings).
CREATE TABLE notification (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    account_id      BIGINT       NOT NULL,
    outbox_event_id BIGINT       NOT NULL,
    message_key     VARCHAR(64)  NOT NULL,
    args            TEXT         NOT NULL,
    link            VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    read_at         DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_outbox_event UNIQUE (outbox_event_id),
    -- the bell's unread count, and a reader's list newest first
    KEY ix_notification_unread (account_id, read_at),
    KEY ix_notification_newest (account_id, created_at, id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
