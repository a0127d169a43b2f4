-- Sign-in tries are counted per phone and per client address ("phone:+849…", "addr:203.0.113.7"); after the free
-- failures each next try must wait until next_allowed. The old per-phone window rows are only transient state.
DROP TABLE login_throttle;
CREATE TABLE login_throttle (
    throttle_key VARCHAR(80) NOT NULL,
    failures     INT         NOT NULL,
    last_failure DATETIME(6) NOT NULL,
    next_allowed DATETIME(6) NULL,
    PRIMARY KEY (throttle_key),
    KEY ix_login_throttle_last_failure (last_failure)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A signed-in session: every token names one, and a token whose session was ended (signed out, signed out
-- everywhere, password changed) is refused.
CREATE TABLE account_session (
    id         VARCHAR(32) NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_account_session_account (account_id),
    KEY ix_account_session_expires (expires_at),
    CONSTRAINT fk_account_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A pack size's version moves with every change of its stock or price, sales included, so a seller's form made
-- before a sale cannot put back the boxes that sold.
ALTER TABLE variant ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Parcel weights in grams can pass two billion (50 lines of 1,000 boxes of 100 kg).
ALTER TABLE seller_order MODIFY weight_grams BIGINT NOT NULL;
-- Unconfirmed parcels past their time are looked up by status and age.
ALTER TABLE seller_order ADD KEY ix_seller_order_status_created (status, created_at);

-- What a VietQR order has received; PAID only once it covers the total, any surplus owed back to the buyer.
-- A payment confirmed by hand records who confirmed it and why.
ALTER TABLE orders
    ADD COLUMN paid_vnd BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN surplus_vnd BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN payment_confirmed_by BIGINT NULL,
    ADD COLUMN payment_confirmation VARCHAR(500) NULL;
UPDATE orders SET paid_vnd = total_vnd WHERE payment_status IN ('PAID', 'REFUND_DUE');

-- What a matched transfer did to its order: PARTIAL (less than due), EXACT, or SURPLUS (more: to refund).
ALTER TABLE bank_credit ADD COLUMN outcome VARCHAR(12) NULL;

-- A certified product whose name, category or origin changed: its badge is suspended until an OCOP officer of the
-- certificate's province confirms the change. certified_* is what was certified, the rest what it became.
CREATE TABLE ocop_product_change (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    product_id          BIGINT       NOT NULL,
    province_code       CHAR(2)      NOT NULL,
    certified_name      VARCHAR(160) NOT NULL,
    certified_category  VARCHAR(32)  NOT NULL,
    certified_origin    CHAR(5)      NOT NULL,
    name                VARCHAR(160) NOT NULL,
    category            VARCHAR(32)  NOT NULL,
    origin_commune_code CHAR(5)      NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    changed_at          DATETIME(6)  NOT NULL,
    decided_at          DATETIME(6)  NULL,
    decided_by          BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_ocop_product_change_product (product_id, status),
    KEY ix_ocop_product_change_province (province_code, status),
    CONSTRAINT fk_ocop_product_change_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
