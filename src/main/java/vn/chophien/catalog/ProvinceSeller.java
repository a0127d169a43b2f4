package vn.chophien.catalog;

import java.time.Instant;

/** A seller of a province as its dashboard counts it: what kind, where, and since when it sells here. */
public record ProvinceSeller(long id, SellerKind kind, String name, String communeCode, Instant joinedAt) {
}
