package vn.chophien.storefront;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import vn.chophien.catalog.CatalogService;

/** What search engines read: {@code robots.txt} and a sitemap of every public page worth indexing. */
@Path("/")
public class SiteMap {

    /** The most addresses one sitemap file may hold. */
    static final int MAX_URLS = 50_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Storefront storefront;
    private final CatalogService catalog;

    SiteMap(Storefront storefront, CatalogService catalog) {
        this.storefront = storefront;
        this.catalog = catalog;
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    public Response robots() {
        String body = "User-agent: *\nDisallow: /seller\nDisallow: /api/\nDisallow: /q/\nDisallow: /search\n"
                + "Disallow: /login\nDisallow: /register\nSitemap: " + storefront.publicUrl() + "/sitemap.xml\n";
        return Response.ok(body).header("Cache-Control", "public, max-age=86400").build();
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public Response sitemap() {
        String base = storefront.publicUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base + "/", null);
        storefront.categories(Locale.ROOT).forEach(c -> url(xml, base + "/c/" + c.slug(), null));
        storefront.provinces().forEach(p -> url(xml, base + "/t/" + p.slug(), null));
        int room = MAX_URLS - 1 - storefront.categories(Locale.ROOT).size() - storefront.provinces().size();
        var sellers = catalog.sellerSlugsWithProducts(room / 10);
        sellers.forEach(s -> url(xml, base + "/s/" + s, null));
        catalog.publishedProductSlugs(room - sellers.size())
                .forEach(p -> url(xml, base + "/p/" + p.slug(), DAY.format(p.updatedAt())));
        xml.append("</urlset>\n");
        return Response.ok(xml.toString()).header("Cache-Control", "public, max-age=3600").build();
    }

    /** Slugs are ASCII letters, digits and dashes: nothing in an address here needs XML escaping. */
    private static void url(StringBuilder xml, String loc, String lastModified) {
        xml.append("<url><loc>").append(loc).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
