-- Sellers (a household, cooperative or enterprise in one commune) and the accounts that act for them.
CREATE TABLE seller (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    kind                  VARCHAR(16)  NOT NULL,
    name                  VARCHAR(160) NOT NULL,
    slug                  VARCHAR(190) NOT NULL,
    commune_code          CHAR(5)      NOT NULL,
    province_code         CHAR(2)      NOT NULL,
    address               VARCHAR(255) NOT NULL,
    phone                 VARCHAR(16)  NULL,
    payout_bank_bin       CHAR(6)      NULL,
    payout_account_number VARCHAR(19)  NULL,
    payout_holder_name    VARCHAR(60)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_seller_slug UNIQUE (slug),
    KEY ix_seller_province (province_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An account acts for at most one seller: its OWNER (who created it) or a MEMBER of a cooperative.
CREATE TABLE seller_member (
    seller_id  BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(10) NOT NULL,
    joined_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (seller_id, account_id),
    CONSTRAINT uq_seller_member_account UNIQUE (account_id),
    CONSTRAINT fk_seller_member_seller FOREIGN KEY (seller_id) REFERENCES seller (id) ON DELETE CASCADE,
    CONSTRAINT fk_seller_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    seller_id            BIGINT        NOT NULL,
    slug                 VARCHAR(190)  NOT NULL,
    name                 VARCHAR(160)  NOT NULL,
    category             VARCHAR(32)   NOT NULL,
    description          TEXT          NOT NULL,
    origin_commune_code  CHAR(5)       NOT NULL,
    origin_province_code CHAR(2)       NOT NULL,
    available_from       DATE          NULL,
    available_to         DATE          NULL,
    status               VARCHAR(12)   NOT NULL,
    rejection_reason     VARCHAR(500)  NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    published_at         DATETIME(6)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    KEY ix_product_status_published (status, published_at),
    KEY ix_product_seller_status (seller_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A pack size of a product, with its own weight, price and stock; stock never goes below zero.
CREATE TABLE variant (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    product_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    label        VARCHAR(60) NOT NULL,
    weight_grams INT         NOT NULL,
    price_vnd    BIGINT      NOT NULL,
    stock        INT         NOT NULL,
    sku          VARCHAR(40) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_variant_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_variant_stock CHECK (stock >= 0),
    CONSTRAINT ck_variant_weight CHECK (weight_grams > 0),
    CONSTRAINT ck_variant_price CHECK (price_vnd > 0),
    KEY ix_variant_product (product_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a retried request with the same Idempotency-Key gets back, per account and key.
CREATE TABLE idempotency_record (
    account_id    BIGINT       NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    operation     VARCHAR(40)  NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    status        INT          NULL,
    response_body MEDIUMTEXT   NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, idem_key),
    KEY ix_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
