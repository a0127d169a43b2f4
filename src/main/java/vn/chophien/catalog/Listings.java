package vn.chophien.catalog;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.web.ProblemException;

/** Published listings as buyers find them: the search port picks and orders them, the catalog fills in the cards. */
@ApplicationScoped
public class Listings {

    private final ListingSearch search;
    private final CatalogService catalog;
    private final CatalogMapper mapper;

    Listings(ListingSearch search, CatalogService catalog, CatalogMapper mapper) {
        this.search = search;
        this.catalog = catalog;
        this.mapper = mapper;
    }

    public CatalogViews.Page<CatalogViews.ProductSummary> find(ListingQuery query) {
        ListingSearch.Hits hits = search.find(query);
        return new CatalogViews.Page<>(mapper.summaries(catalog.publishedInOrder(hits.productIds())), hits.total(),
                query.page(), query.size());
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
