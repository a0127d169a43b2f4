-- Channels: listings syndicated to partner marketplaces (Postmart, Voso, Sendo) and their orders brought back.

-- The outbox is drained one topic at a time (each partner is a lane of its own): due events are claimed by topic.
ALTER TABLE outbox_event
    DROP INDEX ix_outbox_event_due,
    ADD KEY ix_outbox_event_topic_due (status, topic, next_attempt_at, id);

-- A counter per product that every change a partner may see (text, price, stock, photos, badge, status) moves on, in
-- the transaction of the change: the version each send carries, so a partner's copy never goes backwards. No foreign
-- key: a checkout moves it after taking stock, and the product row's shared lock would deadlock with a seller's edit.
CREATE TABLE listing_revision (
    product_id BIGINT NOT NULL,
    revision   BIGINT NOT NULL,
    PRIMARY KEY (product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A product on one channel: whether its seller wants it there, and what the channel last confirmed.
CREATE TABLE channel_listing (
    product_id     BIGINT        NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    wanted         BOOLEAN       NOT NULL DEFAULT TRUE,
    state          VARCHAR(10)   NOT NULL,
    external_id    VARCHAR(64)   NULL,
    synced_version BIGINT        NOT NULL DEFAULT 0,
    last_error     VARCHAR(1000) NULL,
    synced_at      DATETIME(6)   NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (product_id, channel),
    KEY ix_channel_listing_channel_state (channel, state),
    CONSTRAINT fk_channel_listing_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_channel_listing_state CHECK (state IN ('PENDING', 'SYNCED', 'FAILED', 'DELISTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Orders come from the storefront or a channel; a channel's order has no buyer account here, only its reference there.
ALTER TABLE orders
    MODIFY buyer_id BIGINT NULL,
    ADD COLUMN channel      VARCHAR(16) NOT NULL DEFAULT 'STOREFRONT' AFTER code,
    ADD COLUMN external_ref VARCHAR(64) NULL AFTER channel,
    ADD CONSTRAINT uq_orders_channel_ref UNIQUE (channel, external_ref);

-- Every partner order we received, once: accepted (with the order it became) or rejected (and why). The key makes a
-- webhook sent twice, or an order found by two polls, one order.
CREATE TABLE channel_order (
    channel      VARCHAR(16)  NOT NULL,
    external_ref VARCHAR(64)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    order_id     BIGINT       NULL,
    order_code   VARCHAR(16)  NULL,
    reason       VARCHAR(500) NULL,
    received_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (channel, external_ref),
    CONSTRAINT fk_channel_order_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_channel_order_status CHECK (status IN ('ACCEPTED', 'REJECTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where polling a channel's orders got to (Sendo's order search), shared by every copy of the service.
CREATE TABLE channel_cursor (
    channel      VARCHAR(16)   NOT NULL,
    position     VARCHAR(64)   NOT NULL,
    last_error   VARCHAR(1000) NULL,
    leased_until DATETIME(6)   NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (channel)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
