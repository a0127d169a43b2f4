-- Households a helper (post office staff, OCOP officer) signed up and acts for, what the helper did for them, the
-- one-time codes a household signs in with, training classes, and bulk imports.

-- An assisted seller: its account and shop, the helper that manages it, and whether the household, once it took its
-- account over, keeps that helper.
CREATE TABLE assisted_household (
    seller_id          BIGINT       NOT NULL,
    account_id         BIGINT       NOT NULL,
    helper_account_id  BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    taken_over_at      DATETIME(6)  NULL,
    helper_kept        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (seller_id),
    CONSTRAINT uq_assisted_household_account UNIQUE (account_id),
    CONSTRAINT fk_assisted_household_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_assisted_household_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_assisted_household_helper FOREIGN KEY (helper_account_id) REFERENCES account (id),
    KEY ix_assisted_household_helper (helper_account_id, seller_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change a helper made for a household: who, what, when. Shown to the household.
CREATE TABLE helper_act (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    seller_id          BIGINT        NOT NULL,
    helper_account_id  BIGINT        NOT NULL,
    helper_name        VARCHAR(120)  NOT NULL,
    action             VARCHAR(32)   NOT NULL,
    product_id         BIGINT        NULL,
    subject            VARCHAR(200)  NULL,
    acted_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_helper_act_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    KEY ix_helper_act_seller (seller_id, acted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A six-digit code sent to a phone, kept only as a bcrypt hash; sent_by is the helper that asked for it, if any.
CREATE TABLE one_time_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    phone       VARCHAR(16)  NOT NULL,
    code_hash   VARCHAR(100) NOT NULL,
    sent_by     BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    used_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_one_time_code_phone (phone, created_at),
    KEY ix_one_time_code_sender (sent_by, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_class (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    held_on             DATE         NOT NULL,
    commune_code        VARCHAR(5)   NOT NULL,
    province_code       VARCHAR(2)   NOT NULL,
    trainer             VARCHAR(120) NOT NULL,
    recorded_by         BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_training_class_province (province_code, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_attendee (
    class_id  BIGINT      NOT NULL,
    phone     VARCHAR(16) NOT NULL,
    PRIMARY KEY (class_id, phone),
    CONSTRAINT fk_training_attendee_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    KEY ix_training_attendee_phone (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A file of households or products: previewed (rows checked, nothing created), then run in the background; the
-- counts are its progress, kept here so a reload or another copy of the service sees them.
CREATE TABLE bulk_import (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(12)   NOT NULL,
    status            VARCHAR(8)    NOT NULL,
    owner_account_id  BIGINT        NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    total_rows        INT           NOT NULL,
    valid_rows        INT           NOT NULL,
    refused_rows      INT           NOT NULL,
    done_rows         INT           NOT NULL DEFAULT 0,
    created_rows      INT           NOT NULL DEFAULT 0,
    skipped_rows      INT           NOT NULL DEFAULT 0,
    failure           VARCHAR(1000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    started_at        DATETIME(6)   NULL,
    heartbeat_at      DATETIME(6)   NULL,
    finished_at       DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_bulk_import_status CHECK (status IN ('PREVIEW', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_bulk_import_kind CHECK (kind IN ('HOUSEHOLDS', 'PRODUCTS')),
    KEY ix_bulk_import_owner (owner_account_id, created_at),
    KEY ix_bulk_import_running (status, heartbeat_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each row of the file as read (JSON of its cells), and what became of it: VALID or REFUSED at preview, then CREATED,
-- SKIPPED (already there) or REFUSED when run.
CREATE TABLE bulk_import_row (
    import_id  BIGINT        NOT NULL,
    row_no     INT           NOT NULL,
    cells      TEXT          NOT NULL,
    outcome    VARCHAR(8)    NOT NULL,
    field      VARCHAR(40)   NULL,
    message    VARCHAR(1000) NULL,
    PRIMARY KEY (import_id, row_no),
    CONSTRAINT fk_bulk_import_row_import FOREIGN KEY (import_id) REFERENCES bulk_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
