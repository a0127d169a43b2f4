package vn.chophien.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Category;
import vn.chophien.catalog.ListingChanged;
import vn.chophien.catalog.ListingDocument;
import vn.chophien.catalog.OcopBadges;
import vn.chophien.place.PlaceService;

/**
 * Keeps the search index in step with the catalog: a changed listing is re-indexed inside the transaction that changed
 * it, so search never shows what was rolled back. The index is derived data; {@link #rebuild()} makes it anew.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    /** Long descriptions stop adding words here; the name, seller and places always count. */
    private static final int MAX_TERMS = 400;

    private final EntityManager em;
    private final CatalogService catalog;
    private final OcopBadges badges;
    private final PlaceService places;

    SearchIndexer(EntityManager em, CatalogService catalog, OcopBadges badges, PlaceService places) {
        this.em = em;
        this.catalog = catalog;
        this.badges = badges;
        this.places = places;
    }

    void onListingChanged(@Observes ListingChanged changed) {
        index(List.of(changed.productId()));
    }

    /** An index that is empty while products exist was never built (a new installation or an upgrade). */
    void buildWhenMissing(@Observes StartupEvent start) {
        boolean empty = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM search_entry").getSingleResult())
                        .longValue() == 0 && !catalog.productIdsAfter(0, 1).isEmpty());
        if (empty) {
            LOG.info("Building the search index");
            LOG.infof("Search index built: %d published products", rebuild());
        }
    }

    /**
     * Re-indexes every product, a batch to a transaction, so a large catalog neither holds locks for long nor runs
     * into the transaction timeout; searches meanwhile see each batch as it commits. Returns how many are published.
     */
    public long rebuild() {
        long published = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> catalog.productIdsAfter(from, BATCH));
            if (ids.isEmpty()) {
                return published;
            }
            published += QuarkusTransaction.requiringNew().call(() -> index(ids));
            after = ids.get(ids.size() - 1);
        }
    }

    /** Replaces the entries of these products with what the catalog says now; returns how many are published. */
    int index(Collection<Long> productIds) {
        String ids = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("DELETE FROM search_term WHERE product_id IN (" + ids + ")").executeUpdate();
        em.createNativeQuery("DELETE FROM search_entry WHERE product_id IN (" + ids + ")").executeUpdate();
        List<ListingDocument> published = catalog.listingDocuments(productIds).stream()
                .filter(ListingDocument::published).toList();
        if (published.isEmpty()) {
            return 0;
        }
        Map<Long, OcopBadges.Badge> badgeOf = badges
                .badgesOf(published.stream().map(ListingDocument::productId).toList());
        insertEntries(published, badgeOf);
        List<Object[]> terms = new ArrayList<>();
        for (ListingDocument doc : published) {
            termsOf(doc).forEach((term, inName) -> terms.add(new Object[]{term, doc.productId(), inName}));
        }
        insertTerms(terms);
        return published.size();
    }

    private void insertEntries(List<ListingDocument> docs, Map<Long, OcopBadges.Badge> badgeOf) {
        StringBuilder sql = new StringBuilder("INSERT INTO search_entry (product_id, seller_id, category,"
                + " province_code, min_price_vnd, in_stock, ocop_stars, ocop_expires_on, available_from, available_to,"
                + " published_at) VALUES ");
        List<Object> values = new ArrayList<>();
        for (ListingDocument doc : docs) {
            OcopBadges.Badge badge = badgeOf.get(doc.productId());
            sql.append(values.isEmpty() ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
            values.addAll(List.of(doc.productId(), doc.sellerId(), doc.category().name(), doc.originProvinceCode(),
                    doc.minPriceVnd(), doc.inStock()));
            values.add(badge == null ? null : badge.stars());
            values.add(badge == null ? null : badge.expiresOn());
            values.add(doc.availableFrom());
            values.add(doc.availableTo());
            values.add(Timestamp.from(doc.publishedAt()));
        }
        bind(em.createNativeQuery(sql.toString()), values).executeUpdate();
    }

    private void insertTerms(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            StringBuilder sql = new StringBuilder("INSERT INTO search_term (term, product_id, in_name) VALUES ");
            List<Object> values = new ArrayList<>();
            for (Object[] row : chunk) {
                sql.append(values.isEmpty() ? "" : ",").append("(?,?,?)");
                values.addAll(List.of(row));
            }
            bind(em.createNativeQuery(sql.toString()), values).executeUpdate();
        }
    }

    /** Each word once, marked 1 when the product's name has it. */
    private Map<String, Integer> termsOf(ListingDocument doc) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        SearchWords.of(doc.name()).forEach(w -> terms.put(w, 1));
        List<String> more = new ArrayList<>();
        more.add(doc.sellerName());
        places.commune(doc.originCommuneCode()).ifPresent(c -> more.add(c.name()));
        places.province(doc.originProvinceCode()).ifPresent(p -> more.add(p.name()));
        more.addAll(places.formerNames(doc.originCommuneCode()));
        Category category = doc.category();
        more.add(category.nameIn("vi"));
        more.add(category.nameIn("en"));
        more.add(doc.description());
        for (String text : more) {
            for (String word : SearchWords.of(text)) {
                if (terms.size() >= MAX_TERMS) {
                    return terms;
                }
                terms.putIfAbsent(word, 0);
            }
        }
        return terms;
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
