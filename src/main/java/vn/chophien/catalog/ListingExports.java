package vn.chophien.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Listings as partner channels receive them, a batch at a time: four plain queries for any number of products (the
 * products with their sellers, their pack sizes, their photos, their badges), read in the caller's transaction so
 * what is sent is one consistent picture.
 */
@ApplicationScoped
public class ListingExports {

    private final EntityManager em;
    private final OcopBadges badges;

    ListingExports(EntityManager em, OcopBadges badges) {
        this.em = em;
        this.badges = badges;
    }

    /** The listings of these products that exist, in any status, by product id. */
    public Map<Long, ListingExport> of(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ListingExport.Pack>> packs = new HashMap<>();
        for (Object[] c : rows("SELECT product_id, id, label, weight_grams, price_vnd, stock, sku FROM variant"
                + " WHERE product_id IN (:ids) ORDER BY product_id, position", productIds)) {
            packs.computeIfAbsent(number(c[0]), id -> new ArrayList<>()).add(new ListingExport.Pack(number(c[1]),
                    (String) c[2], (int) number(c[3]), number(c[4]), (int) number(c[5]), (String) c[6]));
        }
        Map<Long, List<String>> photos = new HashMap<>();
        for (Object[] c : rows("SELECT product_id, display_key FROM product_photo WHERE product_id IN (:ids)"
                + " ORDER BY product_id, position", productIds)) {
            photos.computeIfAbsent(number(c[0]), id -> new ArrayList<>()).add("/photos/" + c[1]);
        }
        Map<Long, OcopBadges.Badge> stars = badges.badgesOf(productIds);
        Map<Long, ListingExport> found = new LinkedHashMap<>();
        for (Object[] c : rows("SELECT p.id, p.seller_id, s.name, p.slug, p.name, p.description, p.category,"
                + " p.origin_commune_code, p.origin_province_code, p.status, p.updated_at FROM product p"
                + " JOIN seller s ON s.id = p.seller_id WHERE p.id IN (:ids) ORDER BY p.id", productIds)) {
            long id = number(c[0]);
            OcopBadges.Badge badge = stars.get(id);
            found.put(id,
                    new ListingExport(id, number(c[1]), (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                            Category.valueOf((String) c[6]), (String) c[7], (String) c[8],
                            ProductStatus.PUBLISHED.name().equals(c[9]), packs.getOrDefault(id, List.of()),
                            photos.getOrDefault(id, List.of()), badge == null ? null : badge.stars(), instant(c[10])));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A DATETIME column as the driver hands it; the service stores every time in UTC. */
    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }
}
