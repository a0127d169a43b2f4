package vn.chophien.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the catalog endpoints answer. */
public final class CatalogViews {

    private CatalogViews() {
    }

    public record Place(String communeCode, String communeName, String provinceCode, String provinceName) {
    }

    public record SellerSummary(long id, String slug, String name, SellerKind kind, Place place) {
    }

    public record SellerView(long id, String slug, String name, SellerKind kind, Place place, String address,
            String phone, List<ProductSummary> products) {
    }

    /** The seller as its own members see it, with the payout account. */
    public record OwnSellerView(long id, String slug, String name, SellerKind kind, Place place, String address,
            String phone, PayoutView payout) {
    }

    public record PayoutView(String bankBin, String accountNumber, String holderName) {
    }

    /** A photo's display size ({@code url}, {@code width} × {@code height}), its medium size and its thumbnail. */
    public record PhotoView(long id, String url, String thumbnailUrl, int width, int height, boolean cover,
            String mediumUrl, int mediumWidth, int thumbnailWidth) {
    }

    /** A pack size; {@code version} goes back with an edit, so an edit made before a sale is refused. */
    public record VariantView(long id, String label, int weightGrams, long priceVnd, int stock, String sku,
            long version) {
    }

    /** A product in a list: enough for a card (cover thumbnail, from-price, origin, seller, OCOP stars). */
    public record ProductSummary(long id, String slug, String name, String category, long fromPriceVnd, boolean inStock,
            Place origin, String thumbnailUrl, String photoUrl, String sellerName, String sellerSlug,
            Integer ocopStars) {
    }

    public record ProductView(long id, String slug, String name, String category, String categoryName,
            String description, ProductStatus status, String rejectionReason, SellerSummary seller, Place origin,
            LocalDate availableFrom, LocalDate availableTo, List<VariantView> variants, List<PhotoView> photos,
            OcopBadges.Badge ocop, List<ListingChannels.ChannelState> channels, Instant publishedAt, long version) {
    }

    public record Page<T>(List<T> items, long total, int page, int size) {
    }
}
