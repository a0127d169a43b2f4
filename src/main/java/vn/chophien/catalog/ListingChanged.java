package vn.chophien.catalog;

/**
 * A product's listing changed in a way buyers may see (text, prices, stock, status, OCOP badge). Fired inside the
 * transaction that made the change, so what observes it (the search index) commits or rolls back with it.
 */
public record ListingChanged(long productId) {
}
