-- Province dashboards read summaries that the service keeps current in the transaction of every parcel's change
-- (placed, cancelled, delivered, returned), never the order lines themselves. A parcel counts in the week (Monday,
-- Vietnam time) its order was placed, in its seller's province and commune, on its order's channel. "Live" figures
-- are what was placed and neither cancelled nor returned; delivered ones are counted again on their own.

-- Per province, week, channel and seller's commune: totals, the week chart, channels, communes and post offices.
CREATE TABLE sales_week (
    province_code     CHAR(2)     NOT NULL,
    week              DATE        NOT NULL,
    channel           VARCHAR(16) NOT NULL,
    commune_code      CHAR(5)     NOT NULL,
    parcels           BIGINT      NOT NULL DEFAULT 0,
    order_lines       BIGINT      NOT NULL DEFAULT 0,
    grams             BIGINT      NOT NULL DEFAULT 0,
    revenue_vnd       BIGINT      NOT NULL DEFAULT 0,
    delivered_parcels BIGINT      NOT NULL DEFAULT 0,
    delivered_grams   BIGINT      NOT NULL DEFAULT 0,
    delivered_vnd     BIGINT      NOT NULL DEFAULT 0,
    cancelled_parcels BIGINT      NOT NULL DEFAULT 0,
    returned_parcels  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (province_code, week, channel, commune_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per province and product, over blocks of 1, 2, 4, … 32 weeks (level L: block n covers week numbers n·2^L to
-- (n+1)·2^L − 1, counted from Monday 5 January 1970): any period is a handful of blocks per product, so the figures
-- of thousands of products over a year are read from a few rows each instead of one per week. seller_id is the
-- product's seller (products never change hands), so the same rows tell which sellers sold.
CREATE TABLE sales_product_block (
    province_code CHAR(2)  NOT NULL,
    level         TINYINT  NOT NULL,
    block         INT      NOT NULL,
    product_id    BIGINT   NOT NULL,
    seller_id     BIGINT   NOT NULL,
    parcels       BIGINT   NOT NULL DEFAULT 0,
    units         BIGINT   NOT NULL DEFAULT 0,
    grams         BIGINT   NOT NULL DEFAULT 0,
    revenue_vnd   BIGINT   NOT NULL DEFAULT 0,
    PRIMARY KEY (province_code, level, block, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rebuild: the summaries from the orders as they stand (bench/dashboard.sh runs this part again after seeding).
DELETE FROM sales_week;
DELETE FROM sales_product_block;
INSERT INTO sales_week (province_code, week, channel, commune_code, parcels, order_lines, grams, revenue_vnd,
                        delivered_parcels, delivered_grams, delivered_vnd, cancelled_parcels, returned_parcels)
SELECT s.province_code,
       DATE_SUB(DATE(o.created_at + INTERVAL 7 HOUR), INTERVAL WEEKDAY(o.created_at + INTERVAL 7 HOUR) DAY),
       o.channel, p.from_commune_code,
       SUM(p.status NOT IN ('CANCELLED', 'RETURNED')),
       SUM(IF(p.status NOT IN ('CANCELLED', 'RETURNED'), l.n, 0)),
       SUM(IF(p.status NOT IN ('CANCELLED', 'RETURNED'), l.grams, 0)),
       SUM(IF(p.status NOT IN ('CANCELLED', 'RETURNED'), l.vnd, 0)),
       SUM(p.status = 'DELIVERED'),
       SUM(IF(p.status = 'DELIVERED', l.grams, 0)),
       SUM(IF(p.status = 'DELIVERED', l.vnd, 0)),
       SUM(p.status = 'CANCELLED'),
       SUM(p.status = 'RETURNED')
FROM seller_order p
JOIN orders o ON o.id = p.order_id
JOIN seller s ON s.id = p.seller_id
JOIN (SELECT seller_order_id, COUNT(*) n, SUM(unit_weight_grams * quantity) grams,
             SUM(unit_price_vnd * quantity) vnd
      FROM order_line GROUP BY seller_order_id) l ON l.seller_order_id = p.id
GROUP BY 1, 2, 3, 4;
-- Week blocks (level 0) from the lines, then each larger block from those.
INSERT INTO sales_product_block (province_code, level, block, product_id, seller_id, parcels, units, grams,
                                 revenue_vnd)
SELECT s.province_code, 0,
       DATEDIFF(DATE_SUB(DATE(o.created_at + INTERVAL 7 HOUR),
                         INTERVAL WEEKDAY(o.created_at + INTERVAL 7 HOUR) DAY), '1970-01-05') DIV 7,
       l.product_id, p.seller_id, COUNT(DISTINCT p.id), SUM(l.quantity), SUM(l.unit_weight_grams * l.quantity),
       SUM(l.unit_price_vnd * l.quantity)
FROM order_line l
JOIN seller_order p ON p.id = l.seller_order_id
JOIN orders o ON o.id = p.order_id
JOIN seller s ON s.id = p.seller_id
WHERE p.status NOT IN ('CANCELLED', 'RETURNED')
GROUP BY 1, 3, 4, 5;
INSERT INTO sales_product_block (province_code, level, block, product_id, seller_id, parcels, units, grams,
                                 revenue_vnd)
SELECT w.province_code, lv.level, w.block >> lv.level, w.product_id, MIN(w.seller_id), SUM(w.parcels), SUM(w.units),
       SUM(w.grams), SUM(w.revenue_vnd)
FROM sales_product_block w
JOIN (SELECT 1 level UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) lv
WHERE w.level = 0
GROUP BY 1, 2, 3, 4;
