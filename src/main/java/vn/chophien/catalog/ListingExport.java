package vn.chophien.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A listing as other marketplaces show it: what it is, where it grows, its pack sizes with price and stock, its photos
 * (paths on this site) and OCOP stars. {@code published} is false for a draft, paused or rejected product, which no
 * channel should offer.
 */
public record ListingExport(long productId, long sellerId, String sellerName, String slug, String name,
        String description, Category category, String originCommuneCode, String originProvinceCode, boolean published,
        List<Pack> packs, List<String> photoPaths, Integer ocopStars, Instant updatedAt) {

    /** A pack size as offered: its own id, label, weight, price and stock. */
    public record Pack(long variantId, String label, int weightGrams, long priceVnd, int stock, String sku) {
    }

    public int totalStock() {
        return packs.stream().mapToInt(Pack::stock).sum();
    }

    public long lowestPriceVnd() {
        return packs.stream().mapToLong(Pack::priceVnd).min().orElse(0);
    }
}
