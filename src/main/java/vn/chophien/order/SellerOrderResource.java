package vn.chophien.order;

import java.util.List;
import java.util.Locale;

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
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.ProblemException;

/** A seller's incoming parcels, and the moves a seller makes: confirm, ready for pickup, or cancel with a reason. */
@Path("/api/seller/orders")
@RolesAllowed("SELLER")
public class SellerOrderResource {

    private final OrderService orders;
    private final PostalOrders postal;
    private final OrderMapper mapper;
    private final SecurityIdentity identity;

    SellerOrderResource(OrderService orders, PostalOrders postal, OrderMapper mapper, SecurityIdentity identity) {
        this.orders = orders;
        this.postal = postal;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @Transactional
    public List<OrderViews.ParcelView> parcels(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size) {
        return mapper.parcels(orders.sellersParcels(CurrentAccount.id(identity), status(status), page, size));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public OrderViews.ParcelView parcel(@PathParam("id") long id) {
        return mapper.parcel(orders.sellersParcel(CurrentAccount.id(identity), id));
    }

    @POST
    @Path("/{id}/confirm")
    @Transactional
    public OrderViews.ParcelView confirm(@PathParam("id") long id) {
        return mapper.parcel(orders.confirm(CurrentAccount.id(identity), id));
    }

    @POST
    @Path("/{id}/ready")
    @Transactional
    public OrderViews.ParcelView ready(@PathParam("id") long id) {
        return mapper.parcel(orders.ready(CurrentAccount.id(identity), id));
    }

    @POST
    @Path("/{id}/cancel")
    @Transactional
    public OrderViews.ParcelView cancel(@PathParam("id") long id, @NotNull @Valid OrderRequests.SellerCancel body) {
        return mapper.parcel(orders.cancelBySeller(CurrentAccount.id(identity), id, body.reason()));
    }

    /** A returned parcel is back and sellable: its stock goes back on sale (409 if not returned, or done already). */
    @POST
    @Path("/{id}/restock")
    @Transactional
    @Operation(operationId = "restockReturnedParcel")
    public OrderViews.ParcelView restock(@PathParam("id") long id) {
        return mapper.parcel(postal.restock(CurrentAccount.id(identity), id));
    }

    static SellerOrderStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return SellerOrderStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "unknown-status");
        }
    }
}
