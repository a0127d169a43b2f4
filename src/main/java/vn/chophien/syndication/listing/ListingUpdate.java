package vn.chophien.syndication.listing;

import java.util.List;

import vn.chophien.catalog.ListingExport;

/**
 * One listing to send to a channel: offer it as it is now ({@code UPSERT}, with the listing and its photos' full
 * addresses), or take it down ({@code DELIST}). {@code revision} is the version the partner keeps, so an older send
 * arriving late never overwrites a newer one; {@code externalId} is the partner's id once it gave one. The outbox
 * events it answers are carried along, to be recorded with its outcome.
 */
public record ListingUpdate(long productId, long revision, Action action, String externalId, ListingExport listing,
        List<String> photoUrls, List<Long> eventIds) {

    public enum Action {
        UPSERT, DELIST
    }

    /** Our stable key for the listing at every partner: they upsert by it, so a retried send never duplicates. */
    public String key() {
        return key(productId);
    }

    public static String key(long productId) {
        return "cp-" + productId;
    }

    /** Our stable key for a pack size: what a partner's order line names. */
    public static String packKey(long variantId) {
        return "cp-v" + variantId;
    }

    /** The pack size a partner's order line names by {@link #packKey}, or -1. */
    public static long variantOf(String packKey) {
        return packKey != null && packKey.matches("cp-v\\d{1,18}") ? Long.parseLong(packKey.substring(4)) : -1;
    }
}
