-- Harvest campaigns: a province's season with a target, the products taking part, and pre-orders held until harvest.

CREATE TABLE campaign (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    slug          VARCHAR(90)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    province_code CHAR(2)      NOT NULL,
    opens_on      DATE         NOT NULL,
    closes_on     DATE         NOT NULL,
    target_grams  BIGINT       NOT NULL,
    preorders     BOOLEAN      NOT NULL,
    status        VARCHAR(8)   NOT NULL,
    created_by    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    closed_at     DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_slug UNIQUE (slug),
    CONSTRAINT fk_campaign_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_campaign_dates CHECK (closes_on > opens_on),
    CONSTRAINT ck_campaign_target CHECK (target_grams > 0),
    CONSTRAINT ck_campaign_status CHECK (status IN ('OPEN', 'CLOSED')),
    KEY ix_campaign_province (province_code, opens_on),
    KEY ix_campaign_due (status, closes_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A product taking part: what its seller expects to harvest (the most pre-orders may promise), when pre-orders ship,
-- and, once recorded, the harvest that filled them. Its row is the lock pre-orders and the harvest take in turn.
CREATE TABLE campaign_product (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    campaign_id     BIGINT      NOT NULL,
    product_id      BIGINT      NOT NULL,
    seller_id       BIGINT      NOT NULL,
    expected_grams  BIGINT      NULL,
    ships_from      DATE        NULL,
    ships_by        DATE        NULL,
    harvested_grams BIGINT      NULL,
    filled_grams    BIGINT      NULL,
    harvested_at    DATETIME(6) NULL,
    joined_at       DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_product UNIQUE (campaign_id, product_id),
    CONSTRAINT fk_campaign_product_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_product_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_campaign_product_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT ck_campaign_product_expected CHECK (expected_grams IS NULL OR expected_grams > 0),
    KEY ix_campaign_product_product (product_id),
    KEY ix_campaign_product_seller (seller_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A pre-order line took no stock (there is none before harvest); its parcel waits for the harvest to be recorded.
ALTER TABLE order_line ADD COLUMN preorder BOOLEAN NOT NULL DEFAULT FALSE,
    ADD KEY ix_order_line_product (product_id, preorder);
ALTER TABLE seller_order ADD COLUMN held_for_harvest BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN refund_due_vnd BIGINT NOT NULL DEFAULT 0;
