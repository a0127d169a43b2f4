package vn.chophien.order;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.idempotency.Idempotency;
import vn.chophien.web.ProblemException;
import vn.chophien.web.QrImages;

/** A buyer's orders: checkout (safe to retry with the same Idempotency-Key), the list, one order, cancelling it. */
@Path("/api/orders")
@RolesAllowed("BUYER")
public class OrderResource {

    public record OrderPage(List<OrderViews.OrderView> items, long total, int page, int size) {
    }

    private final OrderService orders;
    private final OrderMapper mapper;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    OrderResource(OrderService orders, OrderMapper mapper, Idempotency idempotency, SecurityIdentity identity,
            ObjectMapper json) {
        this.orders = orders;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.identity = identity;
        this.json = json;
    }

    private String json(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An order that cannot be written as JSON", e);
        }
    }

    /**
     * Places an order. A phone that lost the answer sends the same request with the same key and gets the same 201;
     * the same key with another body is a 422; one still being worked on is a 409.
     */
    @POST
    public Response place(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid OrderRequests.PlaceOrder body) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(400, "idempotency-key-required");
        }
        long buyer = CurrentAccount.id(identity);
        try {
            orders.checkAvailable(body); // a box already gone is refused before the key is even claimed
        } catch (ProblemException shortNow) {
            if (idempotency.recordedAnswer(buyer, key).isEmpty()) {
                throw shortNow;
            }
            // the retry of an order that took the last boxes: answered below from its record
        }
        return idempotency.once(buyer, key, "place-order", body, recorder -> {
            Response[] created = new Response[1];
            orders.placeOrder(buyer, body, order -> {
                // written once, for the answer and for the record a retry is answered from
                created[0] = Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(json(mapper.placed(order))).build();
                recorder.record(created[0]);
            });
            return created[0];
        });
    }

    @GET
    @Transactional
    public OrderPage list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        long buyer = CurrentAccount.id(identity);
        return new OrderPage(orders.buyersOrders(buyer, page, size).stream().map(mapper::view).toList(),
                orders.countBuyersOrders(buyer), page, size);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public OrderViews.OrderView order(@PathParam("id") long id) {
        return mapper.view(orders.buyersOrder(CurrentAccount.id(identity), id));
    }

    @POST
    @Path("/{id}/cancel")
    @Transactional
    public OrderViews.OrderView cancel(@PathParam("id") long id, @Valid OrderRequests.Cancel body) {
        return mapper.view(orders.cancelByBuyer(CurrentAccount.id(identity), id, body == null ? null : body.reason()));
    }

    /** The order's VietQR code as an image, for a page or to save and open in the bank app. */
    @GET
    @Path("/{id}/vietqr.png")
    @Produces("image/png")
    @Transactional
    public Response vietQr(@PathParam("id") long id) {
        Order order = orders.buyersOrder(CurrentAccount.id(identity), id);
        String payload = mapper.view(order).payment().vietqrPayload();
        if (payload == null) {
            throw new ProblemException(404, "not-found");
        }
        return Response.ok(QrImages.png(payload, 360), "image/png").header("Cache-Control", "private, max-age=300")
                .build();
    }
}
