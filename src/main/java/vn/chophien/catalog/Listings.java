package vn.chophien.catalog;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;

import vn.chophien.web.ProblemException;

/**
 * Published listings as buyers find them: the search port picks and orders them, the catalog fills in the cards. A
 * page of cards is kept for a few seconds ({@code quarkus.cache.caffeine.listings.*}), because in a harvest campaign
 * thousands of buyers ask the same few questions; any change to a listing committed here clears the cache, other
 * copies of the service catch up within that time.
 */
@ApplicationScoped
public class Listings {

    static final String CACHE = "listings";

    private final ListingSearch search;
    private final CatalogMapper mapper;

    Listings(ListingSearch search, CatalogMapper mapper) {
        this.search = search;
        this.mapper = mapper;
    }

    @CacheResult(cacheName = CACHE)
    public CatalogViews.Page<CatalogViews.ProductSummary> find(ListingQuery query) {
        ListingSearch.Hits hits = search.find(query);
        return new CatalogViews.Page<>(mapper.publishedSummaries(hits.productIds()), hits.total(), query.page(),
                query.size());
    }

    @CacheInvalidateAll(cacheName = CACHE)
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged changed) {
        // after the commit, so no reader can put back what the transaction replaced
    }

    /** A category by its code ({@code FRUIT}, any case); a 400 naming the field otherwise. */
    public static Category category(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "unknown-category");
        }
    }

    /** A sort by its name in the API ({@code relevance}, {@code newest}, {@code price_asc}, {@code price_desc}). */
    public static ListingQuery.Sort sort(String field, String name) {
        if (name == null || name.isBlank()) {
            return ListingQuery.Sort.RELEVANCE;
        }
        try {
            return ListingQuery.Sort.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "unknown-sort");
        }
    }
}
