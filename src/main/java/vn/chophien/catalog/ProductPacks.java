package vn.chophien.catalog;

import java.util.List;

/** A product as an offer shows it: its name and slug, whether it is published, and its pack sizes in order. */
public record ProductPacks(long id, String slug, String name, boolean published, List<Pack> packs) {

    public record Pack(long variantId, String label, long priceVnd) {
    }
}
