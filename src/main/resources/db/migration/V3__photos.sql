-- Photos of a product, re-encoded on upload; the first by position is the cover.
CREATE TABLE product_photo (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    product_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    display_key  VARCHAR(100) NOT NULL,
    thumb_key    VARCHAR(100) NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_product_photo_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    KEY ix_product_photo_product (product_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
