-- OCOP certificates a seller submits for some of its products, and their verification by the province's officer.
CREATE TABLE ocop_certificate (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    seller_id        BIGINT       NOT NULL,
    province_code    CHAR(2)      NOT NULL,
    stars            INT          NOT NULL,
    number           VARCHAR(80)  NOT NULL,
    issued_by        VARCHAR(200) NOT NULL,
    issued_on        DATE         NOT NULL,
    expires_on       DATE         NOT NULL,
    scan_key         VARCHAR(100) NULL,
    status           VARCHAR(12)  NOT NULL,
    rejection_reason VARCHAR(500) NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    decided_at       DATETIME(6)  NULL,
    decided_by       BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_ocop_certificate_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT ck_ocop_certificate_stars CHECK (stars BETWEEN 3 AND 5),
    KEY ix_ocop_certificate_province_status (province_code, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ocop_certificate_product (
    certificate_id BIGINT NOT NULL,
    product_id     BIGINT NOT NULL,
    PRIMARY KEY (certificate_id, product_id),
    KEY ix_ocop_certificate_product_product (product_id),
    CONSTRAINT fk_ocop_cp_certificate FOREIGN KEY (certificate_id) REFERENCES ocop_certificate (id) ON DELETE CASCADE,
    CONSTRAINT fk_ocop_cp_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A harvest lot of a product, with the unguessable code printed on its label as a QR code.
CREATE TABLE batch (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    product_id   BIGINT        NOT NULL,
    trace_code   VARCHAR(16)   NOT NULL,
    harvested_on DATE          NOT NULL,
    quantity_kg  DECIMAL(10,1) NOT NULL,
    notes        TEXT          NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_batch_trace_code UNIQUE (trace_code),
    CONSTRAINT fk_batch_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    KEY ix_batch_product (product_id, harvested_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
