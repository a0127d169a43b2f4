package vn.chophien.fulfillment.parcel;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.office.PostOfficeView;
import vn.chophien.order.SellerOrderStatus;
import vn.chophien.tracking.carrier.Shipments;
import vn.chophien.tracking.carrier.StaleParcels;
import vn.chophien.web.Form;
import vn.chophien.web.Languages;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The post office's workbench on a phone, working without JavaScript: the queue by commune and seller, a field to
 * type or scan a code, and a parcel's page with the form for its next move (weight at pickup, cash at delivery, a
 * reason for a return) and its label.
 */
@Path("/postal")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("POSTAL_STAFF")
public class PostalPages {

    /** The statuses staff choose between, in the order parcels pass through them. */
    static final List<String> STATUSES = List.of("READY_FOR_PICKUP", "PICKED_UP", "IN_TRANSIT", "DELIVERED", "RETURNED",
            "CONFIRMED", "PLACED");

    @CheckedTemplate(basePath = "fulfillment")
    static class Templates {
        static native TemplateInstance queue(Page page, PostOfficeView office, String status, List<String> statuses,
                List<ParcelViews.CommuneStops> communes, String code, String notFound, List<StaleParcels.Stale> stale);

        static native TemplateInstance parcel(Page page, ParcelViews.ParcelView parcel, Form form,
                Shipments.View shipment);
    }

    private final ParcelService parcels;
    private final PostOfficeService offices;
    private final Pages pages;
    private final Messages messages;
    private final HttpHeaders headers;
    private final SecurityIdentity identity;
    private final Shipments shipments;
    private final StaleParcels stale;

    PostalPages(ParcelService parcels, PostOfficeService offices, Pages pages, Messages messages, HttpHeaders headers,
            SecurityIdentity identity, Shipments shipments, StaleParcels stale) {
        this.shipments = shipments;
        this.stale = stale;
        this.parcels = parcels;
        this.offices = offices;
        this.pages = pages;
        this.messages = messages;
        this.headers = headers;
        this.identity = identity;
    }

    /** The parcels of one status (waiting for pickup unless another is chosen), stop by stop. */
    @GET
    @Transactional
    public TemplateInstance queue(@QueryParam("status") String status) {
        SellerOrderStatus chosen = status != null && STATUSES.contains(status)
                ? SellerOrderStatus.valueOf(status)
                : SellerOrderStatus.READY_FOR_PICKUP;
        return queue(chosen, "", null);
    }

    /** A code typed or scanned: the parcel's page, or the queue saying it is not one of this office's. */
    @GET
    @Path("/scan")
    @Transactional
    public Response scan(@QueryParam("code") String code) {
        String typed = code == null ? "" : code.strip();
        try {
            ParcelViews.ParcelView found = parcels.byCode(staff(), typed);
            return Response.seeOther(URI.create("/postal/parcels/" + found.id())).build();
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return Response.status(404).entity(queue(SellerOrderStatus.READY_FOR_PICKUP, typed, typed)).build();
        }
    }

    @GET
    @Path("/parcels/{id}")
    @Transactional
    public TemplateInstance parcel(@PathParam("id") long id) {
        return pages.render(Templates.parcel(pages.page(), parcels.parcel(staff(), id), Form.empty(),
                shipments.view(id).orElse(null)));
    }

    /**
     * A move from the parcel's page. A field that is wrong shows the page again with the message beside it and
     * nothing changed; a move the parcel's state forbids shows the error page, as everywhere.
     */
    @POST
    @Path("/parcels/{id}/{action: pickup|hand-over|deliver|return}")
    public Response act(@PathParam("id") long id, @PathParam("action") String action, @RestForm String weightGrams,
            @RestForm String codCollectedVnd, @RestForm String reason) {
        Form form = Form.of("weightGrams", weightGrams, "codCollectedVnd", codCollectedVnd, "reason", reason);
        try {
            switch (action) {
                case "pickup" -> parcels.pickUp(staff(), id,
                        (int) number(form, "weightGrams", 1, ParcelRequests.MAX_GRAMS, "weight-out-of-range"));
                case "hand-over" -> parcels.handOn(staff(), id);
                case "deliver" -> parcels.deliver(staff(), id, form.value("codCollectedVnd").isEmpty()
                        ? null
                        : number(form, "codCollectedVnd", 0, ParcelRequests.MAX_CASH_VND, "amount-out-of-range"));
                default -> {
                    if (form.value("reason").isEmpty() || form.value("reason").length() > 500) {
                        throw ProblemException.invalidField("reason", "return-reason-required");
                    }
                    parcels.returnToSeller(staff(), id, form.value("reason"));
                }
            }
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            Form failed = form.reject(e.errors().get(0).field(),
                    messages.get(Languages.of(headers), e.errors().get(0).message(), e.args()));
            TemplateInstance page = pages.render(Templates.parcel(pages.page(), parcels.parcel(staff(), id), failed,
                    shipments.view(id).orElse(null)));
            return Response.status(400).entity(page).build();
        }
        return Response.seeOther(URI.create("/postal/parcels/" + id)).build();
    }

    private TemplateInstance queue(SellerOrderStatus status, String code, String notFound) {
        long staff = staff();
        PostOfficeView office = offices.ofStaff(staff);
        return pages.render(Templates.queue(pages.page(), office, status.name(), STATUSES, parcels.stops(staff, status),
                code, notFound, stale.list(office.id())));
    }

    /** A whole number in a form field within bounds, or a field error that leaves everything as it was. */
    private static long number(Form form, String field, long min, long max, String key) {
        String text = form.value(field).replace(".", "").replace(" ", "");
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: the same message as out of range
        }
        throw ProblemException.invalidField(field, key);
    }

    private long staff() {
        return CurrentAccount.id(identity);
    }
}
