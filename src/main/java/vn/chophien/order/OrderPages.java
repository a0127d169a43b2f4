package vn.chophien.order;

import java.net.URI;
import java.util.Map;

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
import vn.chophien.tracking.TrackingService;
import vn.chophien.tracking.TrackingView;
import vn.chophien.web.Page;
import vn.chophien.web.Pager;
import vn.chophien.web.Pages;

/** A buyer's orders as pages: the list, one order with its parcels' timelines and, for VietQR, the code to pay. */
@Path("/orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("BUYER")
public class OrderPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "order")
    static class Templates {
        static native TemplateInstance orders(Page page, OrderResource.OrderPage orders, Pager pager);

        static native TemplateInstance order(Page page, OrderViews.OrderView order, boolean cancellable,
                Map<Long, TrackingView> journeys);
    }

    private final OrderService orders;
    private final OrderMapper mapper;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final TrackingService tracking;

    OrderPages(OrderService orders, OrderMapper mapper, Pages pages, SecurityIdentity identity,
            TrackingService tracking) {
        this.tracking = tracking;
        this.orders = orders;
        this.mapper = mapper;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("page") String number) {
        long buyer = CurrentAccount.id(identity);
        int index = number != null && number.matches("\\d{1,4}") ? Math.max(0, Integer.parseInt(number) - 1) : 0;
        long total = orders.countBuyersOrders(buyer);
        var page = new OrderResource.OrderPage(
                orders.buyersOrders(buyer, index, PAGE_SIZE).stream().map(mapper::view).toList(), total, index,
                PAGE_SIZE);
        return pages.render(Templates.orders(pages.page(), page,
                Pager.of(index, total, PAGE_SIZE, i -> "/orders" + (i == 0 ? "" : "?page=" + (i + 1)))));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance order(@PathParam("id") long id) {
        Order order = orders.buyersOrder(CurrentAccount.id(identity), id);
        boolean cancellable = order.status == OrderStatus.PLACED && order.sellerOrders.stream()
                .allMatch(p -> p.status == SellerOrderStatus.CANCELLED || p.status.beforePickup());
        Page page = pages.page();
        Map<Long, TrackingView> journeys = tracking.views(
                order.sellerOrders.stream().filter(p -> !p.status.beforePickup()).map(p -> p.id).toList(),
                page.locale());
        return pages.render(Templates.order(page, mapper.view(order), cancellable, journeys));
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") long id, @RestForm String reason) {
        orders.cancelByBuyer(CurrentAccount.id(identity), id, reason);
        return Response.seeOther(URI.create("/orders/" + id)).build();
    }
}
