package vn.chophien.order;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/** A seller's incoming parcels on a phone: big buttons to confirm, to mark ready for the post office, or to cancel. */
@Path("/seller/orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class SellerOrderPages {

    @CheckedTemplate(basePath = "order")
    static class Templates {
        static native TemplateInstance sellerOrders(Page page, List<OrderViews.ParcelView> parcels, String status,
                List<String> statuses);

        static native TemplateInstance sellerOrder(Page page, OrderViews.ParcelView parcel);
    }

    private final OrderService orders;
    private final PostalOrders postal;
    private final OrderMapper mapper;
    private final Pages pages;
    private final SecurityIdentity identity;

    SellerOrderPages(OrderService orders, PostalOrders postal, OrderMapper mapper, Pages pages,
            SecurityIdentity identity) {
        this.orders = orders;
        this.postal = postal;
        this.mapper = mapper;
        this.pages = pages;
        this.identity = identity;
    }

    /** Parcels to act on first (placed, confirmed), or those of one status. */
    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("status") String status) {
        SellerOrderStatus chosen = known(status);
        List<OrderViews.ParcelView> parcels = mapper
                .parcels(orders.sellersParcels(CurrentAccount.id(identity), chosen, 0, 100));
        List<String> statuses = Arrays.stream(SellerOrderStatus.values()).map(Enum::name).toList();
        return pages
                .render(Templates.sellerOrders(pages.page(), parcels, chosen == null ? "" : chosen.name(), statuses));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance parcel(@PathParam("id") long id) {
        return pages.render(Templates.sellerOrder(pages.page(),
                mapper.parcel(orders.sellersParcel(CurrentAccount.id(identity), id))));
    }

    @POST
    @Path("/{id}/{action: confirm|ready|cancel|restock}")
    @Transactional
    public Response act(@PathParam("id") long id, @PathParam("action") String action, @RestForm String reason) {
        long account = CurrentAccount.id(identity);
        switch (action) {
            case "confirm" -> orders.confirm(account, id);
            case "ready" -> orders.ready(account, id);
            case "restock" -> postal.restock(account, id);
            default -> {
                if (reason == null || reason.isBlank()) {
                    throw new ProblemException(400, "cancel-reason-required");
                }
                orders.cancelBySeller(account, id, reason.length() > 500 ? reason.substring(0, 500) : reason);
            }
        }
        // A move the parcel's state forbids (two phones, one parcel) shows as an error page with the reason.
        return Response.seeOther(URI.create("/seller/orders/" + id)).build();
    }

    private static SellerOrderStatus known(String status) {
        try {
            return status == null || status.isBlank() ? null : SellerOrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
