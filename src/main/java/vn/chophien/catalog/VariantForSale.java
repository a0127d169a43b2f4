package vn.chophien.catalog;

/** What an order needs to know of a pack size at the moment of purchase: who sells it, what it is, price, weight. */
public record VariantForSale(long variantId, long productId, String productName, String productSlug, String label,
        long priceVnd, int weightGrams, int stock, long sellerId, String sellerName, String sellerProvinceCode,
        String sellerCommuneCode) {
}
