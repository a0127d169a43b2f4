package vn.chophien.storefront;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;

import vn.chophien.catalog.CatalogMapper;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.CatalogViews;
import vn.chophien.catalog.Category;
import vn.chophien.catalog.ListingChanged;
import vn.chophien.catalog.ListingQuery;
import vn.chophien.catalog.Listings;
import vn.chophien.catalog.Seller;
import vn.chophien.catalog.Slugs;
import vn.chophien.ocop.Traceability;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;

/**
 * What the buyer-facing pages show, put together from the catalog, search and traceability. Categories and provinces
 * are reached by readable slugs ({@code /c/trai-cay}, {@code /t/tuyen-quang}).
 */
@ApplicationScoped
public class Storefront {

    /** How many of the seller's other products a product page suggests. */
    static final int MORE_FROM_SELLER = 4;
    static final String PRODUCT_PAGES = "product-pages";
    private static final int META_LENGTH = 155;

    /**
     * A product's page: the product itself, where its latest harvest is traced, the campaign selling it ahead of its
     * harvest (or null), and more from its seller.
     */
    public record ProductPage(CatalogViews.ProductView product, String categorySlug, String provinceSlug,
            String traceUrl, HarvestAhead.Terms preorder, List<CatalogViews.ProductSummary> more, String canonicalUrl,
            String imageUrl, String metaDescription) {
    }

    /** A category or province with its slug, for links. */
    public record Facet(String code, String slug, String name) {
    }

    private final CatalogService catalog;
    private final CatalogMapper mapper;
    private final Listings listings;
    private final Traceability traceability;
    private final HarvestAhead harvestAhead;
    private final String publicUrl;
    private final Map<String, Category> categoriesBySlug;
    private final Map<String, Province> provincesBySlug;
    private final Map<String, List<Facet>> categoriesByLanguage;
    private final List<Facet> provinces;

    Storefront(CatalogService catalog, CatalogMapper mapper, Listings listings, Traceability traceability,
            HarvestAhead harvestAhead, PlaceService places,
            @ConfigProperty(name = "chophien.public-url") String publicUrl) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.listings = listings;
        this.traceability = traceability;
        this.harvestAhead = harvestAhead;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.categoriesBySlug = Arrays.stream(Category.values())
                .collect(Collectors.toMap(c -> Slugs.of(c.nameIn("vi")), Function.identity()));
        this.provincesBySlug = places.provinces().stream()
                .collect(Collectors.toMap(p -> Slugs.of(p.name()), Function.identity()));
        this.categoriesByLanguage = Map.of("vi", categoriesIn("vi"), "en", categoriesIn("en"));
        this.provinces = places.provinces().stream().map(p -> new Facet(p.code(), Slugs.of(p.name()), p.name()))
                .toList();
    }

    private static List<Facet> categoriesIn(String language) {
        return Arrays.stream(Category.values())
                .map(c -> new Facet(c.name(), Slugs.of(c.nameIn("vi")), c.nameIn(language))).toList();
    }

    /** A product's page, kept for a few seconds like the listings and cleared by any committed change. */
    @CacheResult(cacheName = PRODUCT_PAGES)
    public ProductPage product(String slug, Locale locale) {
        CatalogService.PublishedProduct product = catalog.publishedProduct(slug);
        CatalogViews.ProductView view = mapper.view(product, locale);
        String trace = traceability.latestOf(product.id()).map(traceability::traceUrl).orElse(null);
        List<CatalogViews.ProductSummary> more = listings
                .find(ListingQuery.ofSeller(product.sellerId(), 0, MORE_FROM_SELLER + 1)).items().stream()
                .filter(p -> p.id() != product.id()).limit(MORE_FROM_SELLER).toList();
        String image = view.photos().isEmpty() ? null : publicUrl + view.photos().get(0).url();
        return new ProductPage(view, Slugs.of(product.category().nameIn("vi")), Slugs.of(view.origin().provinceName()),
                trace, harvestAhead.of(product.id()).orElse(null), more, publicUrl + "/p/" + product.slug(), image,
                metaDescription(view));
    }

    /** The description's first sentence or so, for search engines and link previews; else name and origin. */
    private static String metaDescription(CatalogViews.ProductView p) {
        String text = p.description() == null ? "" : p.description().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return p.name() + " · " + p.origin().communeName() + ", " + p.origin().provinceName();
        }
        if (text.length() <= META_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', META_LENGTH);
        return text.substring(0, cut > META_LENGTH / 2 ? cut : META_LENGTH) + "…";
    }

    @CacheInvalidateAll(cacheName = PRODUCT_PAGES)
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged changed) {
        // after the commit, so no reader can put back what the transaction replaced
    }

    public Seller seller(String slug) {
        return catalog.sellerBySlug(slug);
    }

    public CatalogViews.Place placeOf(Seller seller) {
        return mapper.place(seller.communeCode);
    }

    public CatalogViews.Page<CatalogViews.ProductSummary> find(ListingQuery query) {
        return listings.find(query);
    }

    public Optional<Category> categoryBySlug(String slug) {
        return Optional.ofNullable(categoriesBySlug.get(slug));
    }

    public Optional<Province> provinceBySlug(String slug) {
        return Optional.ofNullable(provincesBySlug.get(slug));
    }

    public List<Facet> categories(Locale locale) {
        return categoriesByLanguage.getOrDefault(locale.getLanguage(), categoriesByLanguage.get("vi"));
    }

    public List<Facet> provinces() {
        return provinces;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
