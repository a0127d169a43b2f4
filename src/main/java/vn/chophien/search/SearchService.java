package vn.chophien.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.chophien.catalog.ListingQuery;
import vn.chophien.catalog.ListingSearch;
import vn.chophien.web.VietnamClock;

/**
 * Search over MySQL itself, so nothing else has to run: every word of the query must be a word of the product's
 * name, seller, places (the current commune and province and the former district and province) or description,
 * the last word also as a prefix, as a phone keyboard leaves it half typed. Name matches rank first; ties go to the
 * newest, then the highest id, so pages never overlap.
 */
@ApplicationScoped
public class SearchService implements ListingSearch {

    /** More words than this are not a product search; the rest are ignored. */
    static final int MAX_WORDS = 8;
    private static final ZoneId VIETNAM = VietnamClock.ZONE;

    private final EntityManager em;

    SearchService(EntityManager em) {
        this.em = em;
    }

    @Override
    public Hits find(ListingQuery query) {
        List<String> words = SearchWords.of(query.text());
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder from = new StringBuilder("search_entry e");
        if (!words.isEmpty()) {
            from.append(" JOIN (SELECT product_id, SUM(w) AS score FROM (");
            for (int i = 0; i < words.size(); i++) {
                boolean last = i == words.size() - 1;
                from.append(i == 0 ? "" : " UNION ALL ")
                        .append("SELECT product_id, MAX(in_name) AS w FROM search_term WHERE ")
                        .append(last ? "term LIKE ?" : "term = ?").append(" GROUP BY product_id");
                // Words hold only [a-z0-9]: nothing in them can act as a LIKE wildcard.
                params.add(last ? words.get(i) + "%" : words.get(i));
            }
            from.append(") t GROUP BY product_id HAVING COUNT(*) = ").append(words.size())
                    .append(") m ON m.product_id = e.product_id");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.category() != null) {
            where.append(" AND e.category = ?");
            params.add(query.category().name());
        }
        if (query.provinceCode() != null) {
            where.append(" AND e.province_code = ?");
            params.add(query.provinceCode());
        }
        if (query.sellerId() != null) {
            where.append(" AND e.seller_id = ?");
            params.add(query.sellerId());
        }
        if (query.minStars() != null) {
            where.append(" AND e.ocop_stars >= ? AND e.ocop_expires_on >= ?");
            params.add(query.minStars());
            params.add(LocalDate.now(VIETNAM));
        }
        if (query.minPriceVnd() != null) {
            where.append(" AND e.min_price_vnd >= ?");
            params.add(query.minPriceVnd());
        }
        if (query.maxPriceVnd() != null) {
            where.append(" AND e.min_price_vnd <= ?");
            params.add(query.maxPriceVnd());
        }
        if (query.inStockOnly()) {
            where.append(" AND e.in_stock");
        }
        if (query.inSeasonOnly()) {
            where.append(" AND e.available_from <= ? AND e.available_to >= ?");
            params.add(LocalDate.now(VIETNAM));
            params.add(LocalDate.now(VIETNAM));
        }
        String order = switch (query.sort()) {
            case RELEVANCE -> words.isEmpty()
                    ? "e.published_at DESC, e.product_id DESC"
                    : "m.score DESC, e.published_at DESC, e.product_id DESC";
            case NEWEST -> "e.published_at DESC, e.product_id DESC";
            case PRICE_ASC -> "e.min_price_vnd ASC, e.product_id DESC";
            case PRICE_DESC -> "e.min_price_vnd DESC, e.product_id DESC";
        };
        Query page = bind(
                em.createNativeQuery(
                        "SELECT e.product_id FROM " + from + where + " ORDER BY " + order + " LIMIT ? OFFSET ?"),
                params);
        page.setParameter(params.size() + 1, query.size());
        page.setParameter(params.size() + 2, (long) query.page() * query.size());
        List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        long total;
        if (query.page() == 0 && ids.size() < query.size()) {
            total = ids.size(); // the whole answer fits the first page: no need to count
        } else {
            total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM " + from + where), params)
                    .getSingleResult()).longValue();
        }
        return new Hits(ids, total);
    }

    @Override
    public Map<String, Long> countByProvince() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT province_code, COUNT(*) FROM search_entry"
                + " GROUP BY province_code ORDER BY COUNT(*) DESC, province_code").getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(columns[0].toString(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
