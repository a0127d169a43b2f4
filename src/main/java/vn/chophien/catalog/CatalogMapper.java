package vn.chophien.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.photo.ImageProcessor;
import vn.chophien.photo.PhotoKeys;
import vn.chophien.place.PlaceService;

/** Turns sellers and products into what the API shows, with place names from the administrative map. */
@ApplicationScoped
public class CatalogMapper {

    private final PlaceService places;
    private final ProductPhotos photos;
    private final OcopBadges badges;
    private final ListingChannels channels;
    private final CatalogService catalog;

    CatalogMapper(PlaceService places, ProductPhotos photos, OcopBadges badges, ListingChannels channels,
            CatalogService catalog) {
        this.catalog = catalog;
        this.places = places;
        this.photos = photos;
        this.badges = badges;
        this.channels = channels;
    }

    public CatalogViews.PhotoView photo(ProductPhoto p) {
        return new CatalogViews.PhotoView(p.id, "/photos/" + p.displayKey, "/photos/" + p.thumbKey, p.width, p.height,
                p.position == 0, "/photos/" + PhotoKeys.mediumOf(p.displayKey),
                ImageProcessor.mediumWidth(p.width, p.height), ImageProcessor.thumbnailWidth(p.width, p.height));
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

    /**
     * Cards of the published ones of these products, in the order given: one statement for the products with their
     * covers, prices and stock, and one for their badges.
     */
    public List<CatalogViews.ProductSummary> publishedSummaries(List<Long> productIds) {
        List<CatalogService.Card> cards = catalog.publishedCards(productIds);
        if (cards.isEmpty()) {
            return List.of();
        }
        Map<Long, OcopBadges.Badge> badgeOf = badges.badgesOf(cards.stream().map(CatalogService.Card::id).toList());
        return cards.stream().map(c -> {
            OcopBadges.Badge badge = badgeOf.get(c.id());
            return new CatalogViews.ProductSummary(c.id(), c.slug(), c.name(), c.category().name(), c.fromPriceVnd(),
                    c.inStock(), place(c.originCommuneCode()), c.thumbKey() == null ? null : "/photos/" + c.thumbKey(),
                    c.displayKey() == null ? null : "/photos/" + c.displayKey(), c.sellerName(), c.sellerSlug(),
                    badge == null ? null : badge.stars());
        }).toList();
    }

    /** The page view of a published product, from its plain values ({@link CatalogService#publishedProduct}). */
    public CatalogViews.ProductView view(CatalogService.PublishedProduct p, Locale locale) {
        return new CatalogViews.ProductView(p.id(), p.slug(), p.name(), p.category().name(),
                p.category().nameIn(locale.getLanguage()), p.description(), ProductStatus.PUBLISHED, null,
                new CatalogViews.SellerSummary(p.sellerId(), p.sellerSlug(), p.sellerName(), p.sellerKind(),
                        place(p.sellerCommuneCode())),
                place(p.originCommuneCode()), p.availableFrom(), p.availableTo(), p.variants(),
                photos.photos(p.id()).stream().map(this::photo).toList(), badges.badgeOf(p.id()).orElse(null),
                channels.live(p.id()), p.publishedAt(), p.version());
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
