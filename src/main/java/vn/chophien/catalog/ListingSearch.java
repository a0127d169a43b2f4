package vn.chophien.catalog;

import java.util.List;
import java.util.Map;

/**
 * A port to search: which published products match a buyer's query, in order. Implemented by the search feature
 * over MySQL today; a search server can implement it later without the catalog changing.
 */
public interface ListingSearch {

    /** Ids of the matching products for the requested page, and how many match in all. */
    record Hits(List<Long> productIds, long total) {
    }

    Hits find(ListingQuery query);

    /** How many products are published from each province that has any, by province code. */
    Map<String, Long> countByProvince();
}
