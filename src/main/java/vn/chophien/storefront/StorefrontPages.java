package vn.chophien.storefront;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.chophien.catalog.CatalogViews;
import vn.chophien.catalog.Category;
import vn.chophien.catalog.ListingChanged;
import vn.chophien.catalog.ListingQuery;
import vn.chophien.catalog.ListingSearch;
import vn.chophien.catalog.Seller;
import vn.chophien.place.Province;
import vn.chophien.web.CsrfToken;
import vn.chophien.web.HtmlResponses;
import vn.chophien.web.Page;
import vn.chophien.web.Pager;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;
import vn.chophien.web.SharedPage;

/**
 * The buyer's pages, light enough for 3G and complete without JavaScript: the home page, search with filters, a
 * product, a seller's shop, and the listings of a category or province.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StorefrontPages {

    static final int HOME_ROW = 8;

    /** A province on the home page, with how many products come from it. */
    public record ProvinceLink(Storefront.Facet province, long products) {
    }

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance home(Page page, List<CatalogViews.ProductSummary> seasonal,
                List<CatalogViews.ProductSummary> ocop, List<CatalogViews.ProductSummary> newest,
                List<Storefront.Facet> categories, List<ProvinceLink> provinces);

        static native TemplateInstance search(Page page, SearchForm form,
                CatalogViews.Page<CatalogViews.ProductSummary> found, Pager pager, List<Storefront.Facet> categories,
                List<Storefront.Facet> provinces);

        static native TemplateInstance product(Page page, Storefront.ProductPage view);

        static native TemplateInstance seller(Page page, Seller seller, CatalogViews.Place place,
                CatalogViews.Page<CatalogViews.ProductSummary> found, Pager pager);

        static native TemplateInstance listing(Page page, String title, String canonicalPath,
                CatalogViews.Page<CatalogViews.ProductSummary> found, Pager pager);
    }

    static final String VISITOR_PAGES = "visitor-pages";

    private final Storefront storefront;
    private final ListingSearch search;
    private final Pages pages;
    private final CsrfToken csrf;
    private final Cache visitorPages;
    private final Request request;
    private final UriInfo uri;

    StorefrontPages(Storefront storefront, ListingSearch search, Pages pages, CsrfToken csrf,
            @CacheName(VISITOR_PAGES) Cache visitorPages, @Context Request request, @Context UriInfo uri) {
        this.storefront = storefront;
        this.search = search;
        this.pages = pages;
        this.csrf = csrf;
        this.visitorPages = visitorPages;
        this.request = request;
        this.uri = uri;
    }

    @GET
    public Response home() {
        return html(page -> {
            Map<String, Long> counts = search.countByProvince();
            List<ProvinceLink> provinces = storefront.provinces().stream().filter(p -> counts.containsKey(p.code()))
                    .map(p -> new ProvinceLink(p, counts.get(p.code())))
                    .sorted((a, b) -> Long.compare(b.products(), a.products())).toList();
            return Templates.home(page, storefront.find(ListingQuery.inSeason(HOME_ROW)).items(),
                    storefront.find(ListingQuery.ocop(4, HOME_ROW)).items(),
                    storefront.find(ListingQuery.newest(0, HOME_ROW)).items(), storefront.categories(page.locale()),
                    provinces);
        });
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("province") String province, @QueryParam("stars") String stars,
            @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
            @QueryParam("inStock") String inStock, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        SearchForm form = SearchForm.read(q, category, province, stars, minPrice, maxPrice, inStock, sort, page);
        return html(view -> {
            var found = storefront.find(form.query());
            return Templates.search(view, form, found,
                    Pager.of(form.page(), found.total(), SearchForm.PAGE_SIZE, form::url),
                    storefront.categories(view.locale()), storefront.provinces());
        });
    }

    @GET
    @Path("p/{slug: [a-z0-9-]{1,190}}")
    public Response product(@PathParam("slug") String slug) {
        return html(page -> Templates.product(page, storefront.product(slug, page.locale())));
    }

    @GET
    @Path("s/{slug: [a-z0-9-]{1,190}}")
    public Response seller(@PathParam("slug") String slug, @QueryParam("page") String pageNumber) {
        int index = pageIndex(pageNumber);
        return html(page -> {
            Seller seller = storefront.seller(slug);
            var found = storefront.find(ListingQuery.ofSeller(seller.id, index, SearchForm.PAGE_SIZE));
            return Templates.seller(page, seller, storefront.placeOf(seller), found,
                    Pager.of(index, found.total(), SearchForm.PAGE_SIZE, i -> "/s/" + slug + pageSuffix(i)));
        });
    }

    @GET
    @Path("c/{slug: [a-z0-9-]{1,60}}")
    public Response category(@PathParam("slug") String slug, @QueryParam("page") String pageNumber) {
        Category category = storefront.categoryBySlug(slug).orElseThrow(() -> new ProblemException(404, "not-found"));
        int index = pageIndex(pageNumber);
        return html(page -> {
            var found = storefront.find(new ListingQuery(null, category, null, null, null, null, null, false, false,
                    ListingQuery.Sort.NEWEST, index, SearchForm.PAGE_SIZE));
            return Templates.listing(page, category.nameIn(page.lang()), "/c/" + slug, found,
                    Pager.of(index, found.total(), SearchForm.PAGE_SIZE, i -> "/c/" + slug + pageSuffix(i)));
        });
    }

    @GET
    @Path("t/{slug: [a-z0-9-]{1,60}}")
    public Response province(@PathParam("slug") String slug, @QueryParam("page") String pageNumber) {
        Province province = storefront.provinceBySlug(slug).orElseThrow(() -> new ProblemException(404, "not-found"));
        int index = pageIndex(pageNumber);
        return html(page -> {
            var found = storefront.find(new ListingQuery(null, null, province.code(), null, null, null, null, false,
                    false, ListingQuery.Sort.NEWEST, index, SearchForm.PAGE_SIZE));
            return Templates.listing(page, province.name(), "/t/" + slug, found,
                    Pager.of(index, found.total(), SearchForm.PAGE_SIZE, i -> "/t/" + slug + pageSuffix(i)));
        });
    }

    /**
     * A visitor who is not signed in sees the same page as every other such visitor but for the CSRF token: it is
     * rendered once per address and language for a few seconds ({@code quarkus.cache.caffeine.visitor-pages.*}),
     * cleared by any committed listing change like the data it shows, and each visitor's token is filled in. The
     * rendered page is looked up before anything else, so a visitor served from it costs no database work at all.
     */
    private Response html(Function<Page, TemplateInstance> view) {
        Page page = pages.page();
        if (page.signedIn()) {
            return HtmlResponses.etagged(request, pages.render(view.apply(page)));
        }
        String key = page.lang() + " " + uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
        SharedPage shared;
        try {
            shared = visitorPages
                    .get(key, k -> csrf.withPlaceholder(() -> SharedPage.render(pages.render(view.apply(page)))))
                    .await().indefinitely();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return HtmlResponses.etagged(request, csrf.fillIn(shared), 200);
    }

    @CacheInvalidateAll(cacheName = VISITOR_PAGES)
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged changed) {
        // after the commit, so no reader can put back what the transaction replaced
    }

    private static int pageIndex(String number) {
        if (number == null || !number.matches("\\d{1,5}")) {
            return 0;
        }
        return Math.max(0, Integer.parseInt(number) - 1);
    }

    private static String pageSuffix(int index) {
        return index == 0 ? "" : "?page=" + (index + 1);
    }
}
