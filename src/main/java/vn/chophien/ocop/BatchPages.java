package vn.chophien.ocop;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.HarvestBatches;
import vn.chophien.catalog.ProductFacts;
import vn.chophien.web.Form;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/**
 * A product's harvest batches, recorded by its seller from the product's page (the form there posts here); each gets
 * a public trace page and a QR code to print on the labels. A refused form comes back here, next to its fields.
 */
@Path("/seller/products/{id}/batches")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class BatchPages {

    @CheckedTemplate(basePath = "ocop")
    static class Templates {
        static native TemplateInstance batches(Page page, ProductFacts product, List<HarvestBatches.Line> batches,
                Form form);
    }

    private final Traceability traceability;
    private final CatalogService catalog;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final SecurityIdentity identity;

    BatchPages(Traceability traceability, CatalogService catalog, Pages pages, Validator validator, Messages messages,
            SecurityIdentity identity) {
        this.traceability = traceability;
        this.catalog = catalog;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@PathParam("id") long productId) {
        return page(productId, Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") long productId, @RestForm String harvestedOn, @RestForm String quantityKg,
            @RestForm String notes) {
        long account = CurrentAccount.id(identity);
        catalog.ownProductFacts(account, productId);
        Form form = Form.of("harvestedOn", harvestedOn, "quantityKg", quantityKg, "notes", notes);
        if (Form.notADay(harvestedOn)) {
            form.reject("harvestedOn", messages.get(pages.page().locale(), "invalid-value"));
        }
        BigDecimal quantity = kilograms(quantityKg);
        if (quantity == null && quantityKg != null && !quantityKg.isBlank()) {
            form.reject("quantityKg", messages.get(pages.page().locale(), "invalid-value"));
        }
        OcopRequests.RecordBatch request = new OcopRequests.RecordBatch(Form.day(harvestedOn), quantity,
                notes == null ? "" : notes);
        if (!form.check(validator, request).valid()) {
            return Response.status(400).entity(page(productId, form)).build();
        }
        traceability.record(account, productId, request);
        return Response.seeOther(URI.create("/seller/products/" + productId + "#batches")).build();
    }

    private TemplateInstance page(long productId, Form form) {
        long account = CurrentAccount.id(identity);
        ProductFacts product = catalog.ownProductFacts(account, productId);
        return pages.render(Templates.batches(pages.page(), product, traceability.batchesOf(account, productId), form));
    }

    /** "12,5" as a Vietnamese phone keyboard types it, or "12.5". */
    private static BigDecimal kilograms(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
