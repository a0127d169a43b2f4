-- Shipments with the carriers (Vietnam Post, Viettel Post) and their events, in one status language.

-- A carrier's code we do not know yet is kept with its own words and no status of ours.
ALTER TABLE tracking_event
    MODIFY status VARCHAR(20) NULL,
    ADD KEY ix_tracking_event_parcel (seller_order_id, occurred_at, id);

-- A parcel handed to its office's carrier: asked for at pickup (through the outbox), then known by the carrier's own
-- reference beside our tracking code. Both find the parcel on /track.
CREATE TABLE shipment (
    seller_order_id   BIGINT        NOT NULL,
    carrier           VARCHAR(16)   NOT NULL,
    post_office_id    BIGINT        NOT NULL,
    tracking_code     VARCHAR(32)   NOT NULL,
    carrier_ref       VARCHAR(40)   NULL,
    state             VARCHAR(12)   NOT NULL,
    last_error        VARCHAR(1000) NULL,
    requested_at      DATETIME(6)   NOT NULL,
    created_at        DATETIME(6)   NULL,
    last_event_at     DATETIME(6)   NULL,
    stale_flagged_at  DATETIME(6)   NULL,
    cod_collected_vnd BIGINT        NULL,
    cod_paid_vnd      BIGINT        NULL,
    cod_paid_at       DATETIME(6)   NULL,
    PRIMARY KEY (seller_order_id),
    CONSTRAINT uq_shipment_carrier_ref UNIQUE (carrier, carrier_ref),
    CONSTRAINT uq_shipment_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_shipment_seller_order FOREIGN KEY (seller_order_id) REFERENCES seller_order (id),
    CONSTRAINT ck_shipment_state CHECK (state IN ('REQUESTED', 'CREATED', 'REFUSED', 'CLOSED')),
    KEY ix_shipment_open (state, last_event_at),
    KEY ix_shipment_office (post_office_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The cash on delivery a carrier collected and later paid over to the office, per parcel: a statement shows which
-- is paid over and which is still with the carrier.
ALTER TABLE parcel
    ADD COLUMN carrier_paid_vnd BIGINT      NULL AFTER cod_collected_vnd,
    ADD COLUMN carrier_paid_at  DATETIME(6) NULL AFTER carrier_paid_vnd;
