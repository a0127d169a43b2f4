package vn.chophien.ocop;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.OcopBadges;
import vn.chophien.catalog.ProductFacts;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;
import vn.chophien.web.QrImages;

/** The public traceability page of a harvest batch, reached from the QR code on its label, and that QR code. */
@Path("/trace/{code: [a-z0-9]{6,16}}")
public class TracePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the page shows; the badge is null when no verified certificate is in force today. */
    public record Trace(ProductFacts product, Batch batch, String harvestedOn, String quantityKg, OcopBadges.Badge ocop,
            String ocopExpiresOn) {
    }

    @CheckedTemplate(basePath = "ocop")
    static class Templates {
        static native TemplateInstance trace(Page page, Trace trace);
    }

    private final Traceability traceability;
    private final CatalogService catalog;
    private final CertificationService certification;
    private final Pages pages;

    TracePages(Traceability traceability, CatalogService catalog, CertificationService certification, Pages pages) {
        this.traceability = traceability;
        this.catalog = catalog;
        this.certification = certification;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("code") String code) {
        Batch batch = traceability.byCode(code).orElseThrow(() -> new ProblemException(404, "not-found"));
        ProductFacts product = catalog.productFacts(batch.productId);
        if (!"PUBLISHED".equals(product.status())) {
            // a draft, paused or rejected product says nothing to the public, not even that it exists
            throw new ProblemException(404, "not-found");
        }
        OcopBadges.Badge badge = certification.badgeOf(product.id()).orElse(null);
        String quantity = NumberFormat.getNumberInstance(pages.page().locale()).format(batch.quantityKg);
        Trace trace = new Trace(product, batch, DAY.format(batch.harvestedOn), quantity, badge,
                badge == null ? null : DAY.format(badge.expiresOn()));
        return pages.render(Templates.trace(pages.page(), trace));
    }

    /** The QR code of the page's address, sized to print on a label. */
    @GET
    @Path("/qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("code") String code) {
        Batch batch = traceability.byCode(code).orElseThrow(() -> new ProblemException(404, "not-found"));
        return Response.ok(QrImages.png(traceability.traceUrl(batch), 360), "image/png")
                .header("Cache-Control", "public, max-age=86400").build();
    }
}
