package vn.chophien.catalog;

import java.util.Set;

/**
 * Stock of these products moved (an order took it, a cancellation gave it back). Fired inside the transaction that
 * moved it, so what observes it (partner channels, which must show the same count) commits or rolls back with it.
 * Unlike {@link ListingChanged} it does not touch what buyers search, unless a product sold out or came back.
 */
public record StockChanged(Set<Long> productIds) {
}
