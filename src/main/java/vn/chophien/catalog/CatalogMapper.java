package vn.chophien.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.place.PlaceService;

/** Turns sellers and products into what the API shows, with place names from the administrative map. */
@ApplicationScoped
public class CatalogMapper {

    private final PlaceService places;
    private final ProductPhotos photos;
    private final OcopBadges badges;
    private final ListingChannels channels;

    CatalogMapper(PlaceService places, ProductPhotos photos, OcopBadges badges, ListingChannels channels) {
        this.places = places;
        this.photos = photos;
        this.badges = badges;
        this.channels = channels;
    }

    public CatalogViews.PhotoView photo(ProductPhoto p) {
        return new CatalogViews.PhotoView(p.id, "/photos/" + p.displayKey, "/photos/" + p.thumbKey, p.width, p.height,
                p.position == 0);
    }

    public CatalogViews.Place place(String communeCode) {
        var commune = places.commune(communeCode).orElseThrow();
        var province = places.province(commune.provinceCode()).orElseThrow();
        return new CatalogViews.Place(commune.code(), commune.name(), province.code(), province.name());
    }

    public CatalogViews.SellerSummary summary(Seller s) {
        return new CatalogViews.SellerSummary(s.id, s.slug, s.name, s.kind, place(s.communeCode));
    }

    public CatalogViews.OwnSellerView ownView(Seller s) {
        CatalogViews.PayoutView payout = s.payoutBankBin == null
                ? null
                : new CatalogViews.PayoutView(s.payoutBankBin, s.payoutAccountNumber, s.payoutHolderName);
        return new CatalogViews.OwnSellerView(s.id, s.slug, s.name, s.kind, place(s.communeCode), s.address, s.phone,
                payout);
    }

    /** Cards for a list of products, with their covers and badges read in one query each. */
    public List<CatalogViews.ProductSummary> summaries(List<Product> products) {
        List<Long> ids = products.stream().map(p -> p.id).toList();
        Map<Long, ProductPhoto> covers = photos.covers(ids);
        Map<Long, OcopBadges.Badge> badgeOf = badges.badgesOf(ids);
        return products.stream().map(p -> summary(p, covers.get(p.id), badgeOf.get(p.id))).toList();
    }

    private CatalogViews.ProductSummary summary(Product p, ProductPhoto cover, OcopBadges.Badge badge) {
        long from = p.variants.stream().mapToLong(v -> v.priceVnd).min().orElse(0);
        boolean inStock = p.variants.stream().anyMatch(v -> v.stock > 0);
        return new CatalogViews.ProductSummary(p.id, p.slug, p.name, p.category.name(), from, inStock,
                place(p.originCommuneCode), cover == null ? null : "/photos/" + cover.thumbKey,
                cover == null ? null : "/photos/" + cover.displayKey, p.seller.name, p.seller.slug,
                badge == null ? null : badge.stars());
    }

    public CatalogViews.ProductView view(Product p, Locale locale) {
        List<CatalogViews.VariantView> variants = p.variants.stream().map(
                v -> new CatalogViews.VariantView(v.id, v.label, v.weightGrams, v.priceVnd, v.stock, v.sku, v.version))
                .toList();
        return new CatalogViews.ProductView(p.id, p.slug, p.name, p.category.name(),
                p.category.nameIn(locale.getLanguage()), p.description, p.status, p.rejectionReason, summary(p.seller),
                place(p.originCommuneCode), p.availableFrom, p.availableTo, variants,
                photos.photos(p.id).stream().map(this::photo).toList(), badges.badgeOf(p.id).orElse(null),
                channels.live(p.id), p.publishedAt, p.version);
    }
}
