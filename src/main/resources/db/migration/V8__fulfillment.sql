-- Post offices: who picks parcels up in which communes, delivers them and remits the cash on delivery to sellers.
CREATE TABLE post_office (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(16)  NOT NULL,
    name       VARCHAR(160) NOT NULL,
    address    VARCHAR(255) NOT NULL,
    carrier    VARCHAR(16)  NOT NULL DEFAULT 'VNPOST',
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_post_office_code UNIQUE (code),
    CONSTRAINT ck_post_office_carrier CHECK (carrier IN ('VNPOST', 'VIETTELPOST'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The communes an office serves; the commune is the key, so no commune is ever served by two offices.
CREATE TABLE post_office_commune (
    commune_code   CHAR(5) NOT NULL,
    post_office_id BIGINT  NOT NULL,
    PRIMARY KEY (commune_code),
    CONSTRAINT fk_post_office_commune_office FOREIGN KEY (post_office_id) REFERENCES post_office (id),
    KEY ix_post_office_commune_office (post_office_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Until now any number was accepted as a staff account's office, and no office existed: such links point nowhere.
UPDATE account SET post_office_id = NULL WHERE post_office_id IS NOT NULL;
ALTER TABLE account
    ADD CONSTRAINT fk_account_post_office FOREIGN KEY (post_office_id) REFERENCES post_office (id);

-- The commune a parcel ships from (its seller's, when it was placed): the office serving it picks the parcel up.
-- The order feature keeps it on its own row, so finding an office's parcels needs no other feature's table.
ALTER TABLE seller_order
    ADD COLUMN from_commune_code CHAR(5) NULL AFTER seller_id,
    ADD COLUMN restocked_at DATETIME(6) NULL AFTER cancel_reason,
    ADD COLUMN restocked_by BIGINT NULL AFTER restocked_at;
UPDATE seller_order o JOIN seller s ON s.id = o.seller_id SET o.from_commune_code = s.commune_code;
ALTER TABLE seller_order
    MODIFY from_commune_code CHAR(5) NOT NULL,
    ADD KEY ix_seller_order_pickup (from_commune_code, status, created_at);

-- Who made a move, by name, when a role is not enough ("Bưu cục Bắc Quang").
ALTER TABLE seller_order_event ADD COLUMN actor_name VARCHAR(200) NULL AFTER actor_role;

-- The serial of tracking codes, one counter per pair of service letters, shared by every copy of the service:
-- taken with INSERT … ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1), so two copies never take the same number.
CREATE TABLE tracking_serial (
    service_letters CHAR(2) NOT NULL,
    n               BIGINT  NOT NULL,
    PRIMARY KEY (service_letters)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A statement of the cash an office collected on delivery and owes its sellers. Closed statements never change;
-- a later delivery goes into the next one. PAID once the bank transfer to the sellers is made.
CREATE TABLE remittance_statement (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    post_office_id        BIGINT       NOT NULL,
    number                VARCHAR(32)  NOT NULL,
    status                VARCHAR(8)   NOT NULL,
    period_from           DATETIME(6)  NULL,
    period_to             DATETIME(6)  NOT NULL,
    parcels               INT          NOT NULL,
    cod_collected_vnd     BIGINT       NOT NULL,
    shipping_retained_vnd BIGINT       NOT NULL,
    service_fee_vnd       BIGINT       NOT NULL,
    weight_adjustment_vnd BIGINT       NOT NULL,
    net_vnd               BIGINT       NOT NULL,
    closed_by             BIGINT       NOT NULL,
    closed_by_name        VARCHAR(120) NOT NULL,
    closed_at             DATETIME(6)  NOT NULL,
    paid_by               BIGINT       NULL,
    paid_at               DATETIME(6)  NULL,
    transfer_reference    VARCHAR(64)  NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_remittance_statement_number UNIQUE (number),
    CONSTRAINT fk_remittance_statement_office FOREIGN KEY (post_office_id) REFERENCES post_office (id),
    CONSTRAINT fk_remittance_statement_closed_by FOREIGN KEY (closed_by) REFERENCES account (id),
    CONSTRAINT fk_remittance_statement_paid_by FOREIGN KEY (paid_by) REFERENCES account (id),
    CONSTRAINT ck_remittance_statement_status CHECK (status IN ('CLOSED', 'PAID')),
    KEY ix_remittance_statement_office (post_office_id, closed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One seller's part of a statement, written when it closes.
CREATE TABLE remittance_line (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    statement_id          BIGINT       NOT NULL,
    seller_id             BIGINT       NOT NULL,
    seller_name           VARCHAR(160) NOT NULL,
    parcels               INT          NOT NULL,
    cod_collected_vnd     BIGINT       NOT NULL,
    shipping_retained_vnd BIGINT       NOT NULL,
    service_fee_vnd       BIGINT       NOT NULL,
    weight_adjustment_vnd BIGINT       NOT NULL,
    net_vnd               BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_remittance_line_seller UNIQUE (statement_id, seller_id),
    CONSTRAINT fk_remittance_line_statement FOREIGN KEY (statement_id) REFERENCES remittance_statement (id),
    CONSTRAINT fk_remittance_line_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    KEY ix_remittance_line_seller (seller_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the post office knows of a parcel it picked up: its tracking code, weighed weight, the shipping difference
-- that weight makes (settled with the seller, never charged to the buyer), the cash collected and any mismatch, a
-- return's reason, and the statement its money went into. One row per seller order, from its pickup on.
CREATE TABLE parcel (
    seller_order_id          BIGINT       NOT NULL,
    post_office_id           BIGINT       NOT NULL,
    seller_id                BIGINT       NOT NULL,
    tracking_code            CHAR(13)     NOT NULL,
    declared_grams           INT          NOT NULL,
    weighed_grams            INT          NOT NULL,
    shipping_vnd             BIGINT       NOT NULL,
    weight_adjustment_vnd    BIGINT       NOT NULL,
    cod_due_vnd              BIGINT       NOT NULL,
    picked_up_by             BIGINT       NOT NULL,
    picked_up_at             DATETIME(6)  NOT NULL,
    handed_on_at             DATETIME(6)  NULL,
    cod_collected_vnd        BIGINT       NULL,
    cash_mismatch            BOOLEAN      NOT NULL DEFAULT FALSE,
    shipping_retained_vnd    BIGINT       NULL,
    service_fee_vnd          BIGINT       NULL,
    delivered_by             BIGINT       NULL,
    delivered_at             DATETIME(6)  NULL,
    return_reason            VARCHAR(500) NULL,
    returned_by              BIGINT       NULL,
    returned_at              DATETIME(6)  NULL,
    statement_id             BIGINT       NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (seller_order_id),
    CONSTRAINT uq_parcel_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_parcel_seller_order FOREIGN KEY (seller_order_id) REFERENCES seller_order (id),
    CONSTRAINT fk_parcel_office FOREIGN KEY (post_office_id) REFERENCES post_office (id),
    CONSTRAINT fk_parcel_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_parcel_picked_up_by FOREIGN KEY (picked_up_by) REFERENCES account (id),
    CONSTRAINT fk_parcel_delivered_by FOREIGN KEY (delivered_by) REFERENCES account (id),
    CONSTRAINT fk_parcel_returned_by FOREIGN KEY (returned_by) REFERENCES account (id),
    CONSTRAINT fk_parcel_statement FOREIGN KEY (statement_id) REFERENCES remittance_statement (id),
    CONSTRAINT ck_parcel_weighed CHECK (weighed_grams BETWEEN 1 AND 30000),
    -- an office's deliveries not yet in a statement (closing one), and a day's pickups (the round)
    KEY ix_parcel_unsettled (post_office_id, statement_id, delivered_at),
    KEY ix_parcel_picked_up (post_office_id, picked_up_at),
    KEY ix_parcel_seller (seller_id, delivered_at),
    KEY ix_parcel_mismatch (cash_mismatch, delivered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public tracking: what happened to a parcel, from the post office now and from carriers later. Never updated;
-- dedup_key lets each event be stored once however often a carrier sends it. Ordered by occurred_at, the event's own
-- time, not by received_at, when it reached us (carriers send late and out of order).
CREATE TABLE tracking_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    seller_order_id BIGINT       NOT NULL,
    tracking_code   VARCHAR(32)  NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    carrier_code    VARCHAR(32)  NULL,
    carrier_text    VARCHAR(255) NULL,
    location        VARCHAR(200) NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    dedup_key       VARCHAR(190) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tracking_event_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_tracking_event_seller_order FOREIGN KEY (seller_order_id) REFERENCES seller_order (id),
    KEY ix_tracking_event_code (tracking_code, occurred_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
