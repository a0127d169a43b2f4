package vn.chophien.catalog;

import java.time.Instant;
import java.time.LocalDate;

/** What a search index needs to know of one product, as the catalog has it now. */
public record ListingDocument(long productId, long sellerId, boolean published, String name, String sellerName,
        String description, Category category, String originCommuneCode, String originProvinceCode, long minPriceVnd,
        boolean inStock, LocalDate availableFrom, LocalDate availableTo, Instant publishedAt) {
}
