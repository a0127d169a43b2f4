package vn.chophien.catalog;

/** A pack size that cannot be had in the quantity asked: what there is now. */
public record Shortage(long variantId, int requested, int available) {
}
