package vn.chophien.ocop;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

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

import vn.chophien.account.AccountService;
import vn.chophien.account.CurrentAccount;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ProductFacts;
import vn.chophien.catalog.Seller;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.web.Form;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The OCOP officer's desk: the certificates the sellers of their province submitted, each with its scan, to verify or
 * to reject with a reason; the decided ones below. Certificates of other provinces never appear here.
 */
@Path("/ocop")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("OCOP_OFFICER")
public class OfficerPages {

    /** A certificate with who submitted it and for what. */
    public record Row(OcopViews.CertificateView certificate, String sellerName, String place, String products,
            String issuedOn, String expiresOn) {
    }

    /** A refusal to show: on the whole page, or next to the reason of the certificate being rejected. */
    public record Trouble(long certificateId, String message, String reason) {
    }

    @CheckedTemplate(basePath = "ocop")
    static class Templates {
        static native TemplateInstance officer(Page page, String province, List<Row> waiting, List<Row> decided,
                Trouble trouble, List<ProductChange> changes);
    }

    private final CertificationService certification;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final PlaceService places;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final SecurityIdentity identity;
    private final ProductChanges changes;

    OfficerPages(CertificationService certification, CatalogService catalog, AccountService accounts,
            PlaceService places, Pages pages, Validator validator, Messages messages, SecurityIdentity identity,
            ProductChanges changes) {
        this.changes = changes;
        this.certification = certification;
        this.catalog = catalog;
        this.accounts = accounts;
        this.places = places;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance desk() {
        return page(null);
    }

    /** The product is still what was certified: its badge returns. */
    @POST
    @Path("changes/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmChange(@PathParam("id") long id) {
        changes.confirm(CurrentAccount.id(identity), id);
        return Response.seeOther(URI.create("/ocop")).build();
    }

    @POST
    @Path("certificates/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") long id) {
        try {
            certification.verify(CurrentAccount.id(identity), id);
            return Response.seeOther(URI.create("/ocop")).build();
        } catch (ProblemException e) {
            return refused(e, id, null);
        }
    }

    @POST
    @Path("certificates/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        OcopRequests.Reject request = new OcopRequests.Reject(reason);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            String message = violations.iterator().next().getMessage();
            return Response.status(400).entity(page(new Trouble(id, message, reason))).build();
        }
        try {
            certification.reject(CurrentAccount.id(identity), id, reason);
            return Response.seeOther(URI.create("/ocop")).build();
        } catch (ProblemException e) {
            return refused(e, id, reason);
        }
    }

    /** Another province's certificate stays unknown (404 page); a decided one is explained on the desk. */
    private Response refused(ProblemException e, long id, String reason) {
        if (e.status() == 404 || e.status() == 403) {
            throw e;
        }
        String message = messages.get(pages.page().locale(), e.key(), e.args());
        return Response.status(e.status()).entity(page(new Trouble(0, message, reason))).build();
    }

    private TemplateInstance page(Trouble trouble) {
        long officer = CurrentAccount.id(identity);
        String province = places.province(accounts.byId(officer).provinceCode).map(Province::name).orElse("");
        List<Row> rows = certification.list(officer, null).stream().map(certification::view).map(this::row).toList();
        List<Row> waiting = rows.stream().filter(r -> r.certificate().status() == CertificateStatus.SUBMITTED).toList();
        List<Row> decided = rows.stream().filter(r -> r.certificate().status() != CertificateStatus.SUBMITTED).toList();
        return pages
                .render(Templates.officer(pages.page(), province, waiting, decided, trouble, changes.waiting(officer)));
    }

    private Row row(OcopViews.CertificateView c) {
        Seller seller = catalog.seller(c.sellerId());
        String place = places.commune(seller.communeCode).map(Commune::name).orElse("") + ", "
                + places.province(seller.provinceCode).map(Province::name).orElse("");
        String products = c.productIds().stream().map(catalog::productFacts).map(ProductFacts::name)
                .collect(Collectors.joining(", "));
        return new Row(c, seller.name, place, products, Form.show(c.issuedOn()), Form.show(c.expiresOn()));
    }
}
