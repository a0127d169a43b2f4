-- The search index: one entry per published product with what buyers filter and sort by, and the folded words
-- (no diacritics, đ → d, lower case) of its name, seller, places, category and description. Derived from the
-- catalog and OCOP data, so it can be rebuilt at any time; a search server can replace these two tables.
CREATE TABLE search_entry (
    product_id      BIGINT      NOT NULL,
    seller_id       BIGINT      NOT NULL,
    category        VARCHAR(32) NOT NULL,
    province_code   CHAR(2)     NOT NULL,
    min_price_vnd   BIGINT      NOT NULL,
    in_stock        BOOLEAN     NOT NULL,
    ocop_stars      INT         NULL,
    ocop_expires_on DATE        NULL,
    available_from  DATE        NULL,
    available_to    DATE        NULL,
    published_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (product_id),
    KEY ix_search_entry_newest (published_at, product_id),
    KEY ix_search_entry_seller (seller_id, published_at, product_id),
    KEY ix_search_entry_category (category, published_at, product_id),
    KEY ix_search_entry_province (province_code, published_at, product_id),
    KEY ix_search_entry_price (min_price_vnd, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- in_name = 1 when the word is in the product's name: such matches rank first.
CREATE TABLE search_term (
    term       VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    product_id BIGINT      NOT NULL,
    in_name    TINYINT     NOT NULL,
    PRIMARY KEY (term, product_id),
    KEY ix_search_term_product (product_id),
    CONSTRAINT fk_search_term_entry FOREIGN KEY (product_id) REFERENCES search_entry (product_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
