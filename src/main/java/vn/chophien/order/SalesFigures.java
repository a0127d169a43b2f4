package vn.chophien.order;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What was sold, read from the order book for other features' figures: every channel's orders (storefront, Postmart,
 * Voso, Sendo) count alike; cancelled and returned parcels count for nothing.
 */
@ApplicationScoped
public class SalesFigures {

    private static final String SOLD = " p.status NOT IN ('CANCELLED', 'RETURNED')";

    private final EntityManager em;

    SalesFigures(EntityManager em) {
        this.em = em;
    }

    /** Grams sold of each of these products in parcels placed in [from, to), by seller; sellers who sold none absent. */
    public Map<Long, Long> gramsBySeller(Collection<Long> productIds, Instant from, Instant to) {
        Map<Long, Long> grams = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return grams;
        }
        List<?> rows = em
                .createNativeQuery("SELECT p.seller_id, SUM(l.quantity * l.unit_weight_grams)"
                        + " FROM order_line l JOIN seller_order p ON p.id = l.seller_order_id"
                        + " WHERE l.product_id IN (?1) AND p.created_at >= ?2 AND p.created_at < ?3 AND" + SOLD
                        + " GROUP BY p.seller_id ORDER BY 2 DESC, 1")
                .setParameter(1, List.copyOf(productIds)).setParameter(2, utc(from)).setParameter(3, utc(to))
                .getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            grams.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return grams;
    }

    /** Grams sold of each of these products in parcels placed in [from, to); products that sold none absent. */
    public Map<Long, Long> gramsByProduct(Collection<Long> productIds, Instant from, Instant to) {
        Map<Long, Long> grams = new LinkedHashMap<>();
        List<?> rows = em
                .createNativeQuery("SELECT l.product_id, SUM(l.quantity * l.unit_weight_grams)"
                        + " FROM order_line l JOIN seller_order p ON p.id = l.seller_order_id"
                        + " WHERE l.product_id IN (?1) AND p.created_at >= ?2 AND p.created_at < ?3 AND" + SOLD
                        + " GROUP BY l.product_id")
                .setParameter(1, List.copyOf(productIds)).setParameter(2, utc(from)).setParameter(3, utc(to))
                .getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            grams.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return grams;
    }

    /** One parcel a seller sold: when, on which channel, its weight and the goods' price (shipping aside). */
    public record ParcelSale(Instant placedAt, String channel, long grams, long goodsVnd) {
    }

    /** A seller's parcels placed since {@code from}, not cancelled or returned, oldest first. */
    public List<ParcelSale> sellerSales(long sellerId, Instant from) {
        List<?> rows = em
                .createNativeQuery("SELECT p.created_at, o.channel, p.weight_grams, p.goods_vnd"
                        + " FROM seller_order p JOIN orders o ON o.id = p.order_id"
                        + " WHERE p.seller_id = ?1 AND p.created_at >= ?2 AND" + SOLD + " ORDER BY p.created_at, p.id")
                .setParameter(1, sellerId).setParameter(2, utc(from)).getResultList();
        List<ParcelSale> sales = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            sales.add(new ParcelSale(instant(c[0]), (String) c[1], ((Number) c[2]).longValue(),
                    ((Number) c[3]).longValue()));
        }
        return sales;
    }

    /** The database keeps UTC wall times (hibernate's jdbc time zone); native parameters are given the same way. */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
