package vn.chophien.catalog;

/** What other features may know of a product: enough to name it and say where it comes from. */
public record ProductFacts(long id, String slug, String name, String status, long sellerId, String sellerName,
        String communeName, String provinceCode, String provinceName) {
}
