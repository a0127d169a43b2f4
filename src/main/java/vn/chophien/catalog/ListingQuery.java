package vn.chophien.catalog;

/**
 * A buyer's search: words (any case, with or without diacritics) and filters, all optional. Prices are VND;
 * {@code minStars} keeps products whose OCOP certificate is in force with at least that many stars.
 */
public record ListingQuery(String text, Category category, String provinceCode, Long sellerId, Integer minStars,
        Long minPriceVnd, Long maxPriceVnd, boolean inStockOnly, boolean inSeasonOnly, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Relevance ranks name matches first; without words it means newest. */
    public enum Sort {
        RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC
    }

    /** The published products of one seller, newest first. */
    public static ListingQuery ofSeller(long sellerId, int page, int size) {
        return new ListingQuery(null, null, null, sellerId, null, null, null, false, false, Sort.NEWEST, page, size);
    }

    public static ListingQuery newest(int page, int size) {
        return new ListingQuery(null, null, null, null, null, null, null, false, false, Sort.NEWEST, page, size);
    }

    /** In stock, with a season window that includes today: what the home page calls "in season now". */
    public static ListingQuery inSeason(int size) {
        return new ListingQuery(null, null, null, null, null, null, null, true, true, Sort.NEWEST, 0, size);
    }

    /** In stock with an OCOP certificate of at least {@code stars} in force, newest first. */
    public static ListingQuery ocop(int stars, int size) {
        return new ListingQuery(null, null, null, null, stars, null, null, true, false, Sort.NEWEST, 0, size);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
