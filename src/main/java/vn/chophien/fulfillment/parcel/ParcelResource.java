package vn.chophien.fulfillment.parcel;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.order.SellerOrderStatus;
import vn.chophien.web.Form;
import vn.chophien.web.ProblemException;

/** A post office's parcels, for its staff: the queue, the stops of a round, and each move on a parcel. */
@Path("/api/postal")
@RolesAllowed("POSTAL_STAFF")
public class ParcelResource {

    private final ParcelService parcels;
    private final Labels labels;
    private final SecurityIdentity identity;

    ParcelResource(ParcelService parcels, Labels labels, SecurityIdentity identity) {
        this.parcels = parcels;
        this.labels = labels;
        this.identity = identity;
    }

    @GET
    @Path("/parcels")
    @Transactional
    @Operation(operationId = "listPostalParcels", summary = "The parcels of sellers in the office's communes")
    public List<ParcelViews.ParcelView> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return parcels.queue(staff(), status(status), page, size);
    }

    @GET
    @Path("/stops")
    @Transactional
    @Operation(operationId = "listPickupStops", summary = "Parcels of a status (READY_FOR_PICKUP when not given) by"
            + " commune and seller, with how many wait at each stop")
    public List<ParcelViews.CommuneStops> stops(@QueryParam("status") String status) {
        SellerOrderStatus chosen = status(status);
        return parcels.stops(staff(), chosen == null ? SellerOrderStatus.READY_FOR_PICKUP : chosen);
    }

    @GET
    @Path("/parcels/{id}")
    @Transactional
    @Operation(operationId = "getPostalParcel")
    public ParcelViews.ParcelView parcel(@PathParam("id") long id) {
        return parcels.parcel(staff(), id);
    }

    @GET
    @Path("/parcels/by-code/{code}")
    @Transactional
    @Operation(operationId = "findPostalParcelByCode", summary = "A parcel of the office by its tracking code or"
            + " parcel code, as scanned or typed")
    public ParcelViews.ParcelView byCode(@PathParam("code") String code) {
        return parcels.byCode(staff(), code);
    }

    @POST
    @Path("/parcels/{id}/pickup")
    @Operation(operationId = "pickUpParcel", summary = "Weighed and taken: the parcel gets its tracking code")
    public ParcelViews.ParcelView pickUp(@PathParam("id") long id, @NotNull @Valid ParcelRequests.PickUp body) {
        return parcels.pickUp(staff(), id, body.weightGrams());
    }

    @POST
    @Path("/parcels/{id}/hand-over")
    @Operation(operationId = "handOverParcel", summary = "The parcel leaves the office on its way to the buyer")
    public ParcelViews.ParcelView handOver(@PathParam("id") long id) {
        return parcels.handOn(staff(), id);
    }

    @POST
    @Path("/parcels/{id}/deliver")
    @Operation(operationId = "deliverParcel", summary = "Delivered, with the cash actually collected")
    public ParcelViews.ParcelView deliver(@PathParam("id") long id, @Valid ParcelRequests.Deliver body) {
        return parcels.deliver(staff(), id, body == null ? null : body.codCollectedVnd());
    }

    @POST
    @Path("/parcels/{id}/return")
    @Operation(operationId = "returnParcel", summary = "The parcel goes back to its seller, with a reason")
    public ParcelViews.ParcelView returnToSeller(@PathParam("id") long id, @NotNull @Valid ParcelRequests.Return body) {
        return parcels.returnToSeller(staff(), id, body.reason());
    }

    @GET
    @Path("/parcels/{id}/label.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(operationId = "getParcelLabel", summary = "The A6 shipping label, with the tracking code as a barcode")
    public Response label(@PathParam("id") long id) {
        return pdf(labels.label(staff(), id), "label-" + id + ".pdf");
    }

    @GET
    @Path("/round.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(operationId = "getPickupRound", summary = "A day's pickup round: the stops in order, then the labels")
    public Response round(@QueryParam("day") String day) {
        if (Form.notADay(day)) {
            throw ProblemException.invalidField("day", "invalid-value");
        }
        var chosen = day == null || day.isBlank() ? labels.today() : Form.day(day);
        return pdf(labels.round(staff(), chosen), "round-" + chosen + ".pdf");
    }

    static Response pdf(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    static SellerOrderStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return SellerOrderStatus.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "unknown-status");
        }
    }

    private long staff() {
        return CurrentAccount.id(identity);
    }
}
