package vn.chophien.syndication.listing;

/**
 * What a partner answered for one listing: offered (with its id there), taken down, or refused with its message,
 * which the seller reads as the partner wrote it.
 */
public record ListingResult(long productId, Outcome outcome, String externalId, String message) {

    public enum Outcome {
        SYNCED, DELISTED, REFUSED
    }

    public static ListingResult synced(long productId, String externalId) {
        return new ListingResult(productId, Outcome.SYNCED, externalId, null);
    }

    public static ListingResult delisted(long productId) {
        return new ListingResult(productId, Outcome.DELISTED, null, null);
    }

    public static ListingResult refused(long productId, String message) {
        return new ListingResult(productId, Outcome.REFUSED, null, message);
    }
}
