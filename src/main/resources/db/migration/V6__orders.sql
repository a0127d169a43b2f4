-- What a buyer checks out (from the storefront or, later, imported from a channel): one order, one parcel per seller.
CREATE TABLE orders (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    code               VARCHAR(16)  NOT NULL,
    buyer_id           BIGINT       NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    ship_name          VARCHAR(120) NOT NULL,
    ship_phone         VARCHAR(16)  NOT NULL,
    ship_line1         VARCHAR(255) NOT NULL,
    ship_commune_code  CHAR(5)      NOT NULL,
    ship_province_code CHAR(2)      NOT NULL,
    goods_vnd          BIGINT       NOT NULL,
    shipping_vnd       BIGINT       NOT NULL,
    total_vnd          BIGINT       NOT NULL,
    payment_method     VARCHAR(8)   NOT NULL,
    payment_status     VARCHAR(20)  NOT NULL,
    payment_due_at     DATETIME(6)  NULL,
    paid_at            DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_orders_code UNIQUE (code),
    CONSTRAINT fk_orders_buyer FOREIGN KEY (buyer_id) REFERENCES account (id),
    KEY ix_orders_buyer (buyer_id, created_at),
    KEY ix_orders_unpaid (payment_status, payment_due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A parcel: the part of an order one seller ships, with the shipping fee of its weight and route.
CREATE TABLE seller_order (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    order_id     BIGINT       NOT NULL,
    seller_id    BIGINT       NOT NULL,
    code         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    goods_vnd    BIGINT       NOT NULL,
    shipping_vnd BIGINT       NOT NULL,
    weight_grams INT          NOT NULL,
    route        VARCHAR(16)  NOT NULL,
    cancel_reason VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_seller_order_code UNIQUE (code),
    CONSTRAINT fk_seller_order_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_seller_order_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    KEY ix_seller_order_seller (seller_id, status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A line as bought: name, pack, price and weight copied at the moment of purchase.
CREATE TABLE order_line (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    seller_order_id   BIGINT       NOT NULL,
    position          INT          NOT NULL,
    variant_id        BIGINT       NOT NULL,
    product_id        BIGINT       NOT NULL,
    product_name      VARCHAR(160) NOT NULL,
    variant_label     VARCHAR(60)  NOT NULL,
    unit_price_vnd    BIGINT       NOT NULL,
    unit_weight_grams INT          NOT NULL,
    quantity          INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_line_seller_order FOREIGN KEY (seller_order_id) REFERENCES seller_order (id),
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0),
    KEY ix_order_line_seller_order (seller_order_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every status change of a parcel, with who made it and when: the buyer's timeline.
CREATE TABLE seller_order_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    seller_order_id BIGINT       NOT NULL,
    from_status     VARCHAR(20)  NULL,
    to_status       VARCHAR(20)  NOT NULL,
    actor_id        BIGINT       NULL,
    actor_role      VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500) NULL,
    at              DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_seller_order_event_seller_order FOREIGN KEY (seller_order_id) REFERENCES seller_order (id),
    KEY ix_seller_order_event_seller_order (seller_order_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Transfers the bank reports; matched to an order by amount and code, else kept for an ADMIN to assign.
CREATE TABLE bank_credit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    reference   VARCHAR(64)  NOT NULL,
    amount_vnd  BIGINT       NOT NULL,
    content     VARCHAR(500) NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    order_id    BIGINT       NULL,
    recorded_at DATETIME(6)  NOT NULL,
    decided_by  BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_bank_credit_reference UNIQUE (reference),
    CONSTRAINT fk_bank_credit_order FOREIGN KEY (order_id) REFERENCES orders (id),
    KEY ix_bank_credit_status (status, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A cart before checkout: a visitor's (by a random cookie token) or an account's; one per each.
CREATE TABLE cart (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    account_id   BIGINT      NULL,
    cookie_token CHAR(32)    NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cart_account UNIQUE (account_id),
    CONSTRAINT uq_cart_cookie UNIQUE (cookie_token),
    CONSTRAINT fk_cart_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    KEY ix_cart_updated (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cart_line (
    cart_id    BIGINT      NOT NULL,
    variant_id BIGINT      NOT NULL,
    quantity   INT         NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (cart_id, variant_id),
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
    CONSTRAINT ck_cart_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
