package vn.chophien.cart;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.idempotency.Idempotency;
import vn.chophien.order.Order;
import vn.chophien.order.OrderRequests;
import vn.chophien.order.OrderService;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.Payments;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.web.Form;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The cart and the checkout, as plain forms: a visitor fills a cart before signing in; checkout asks for the province
 * first (then its communes, no script needed), the address and how to pay, and carries one Idempotency-Key per form,
 * so pressing "order" twice on a slow connection makes one order.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CartPages {

    public static final String COOKIE = "chophien_cart";
    private static final int COOKIE_DAYS = 30;

    @CheckedTemplate(basePath = "cart")
    static class Templates {
        static native TemplateInstance cart(Page page, CartView cart, List<Province> provinces);

        static native TemplateInstance checkout(Page page, CartView cart, Form form, List<Province> provinces,
                Province province, List<Commune> communes, boolean vietQr);
    }

    private final CartService carts;
    private final OrderService orders;
    private final Payments payments;
    private final Idempotency idempotency;
    private final PlaceService places;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final SecurityIdentity identity;

    CartPages(CartService carts, OrderService orders, Payments payments, Idempotency idempotency, PlaceService places,
            Pages pages, Validator validator, Messages messages, SecurityIdentity identity) {
        this.carts = carts;
        this.orders = orders;
        this.payments = payments;
        this.idempotency = idempotency;
        this.places = places;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.identity = identity;
    }

    @GET
    @Path("cart")
    public TemplateInstance cart(@CookieParam(COOKIE) String token, @QueryParam("to") String to) {
        String destination = places.province(to == null ? "" : to).map(Province::code).orElse(null);
        CartView view = carts.view(carts.find(shopper(token)), destination);
        return pages.render(Templates.cart(pages.page(), view, places.provinces()));
    }

    /** From a product page's "add to cart" button; a visitor gets a cart cookie with the first line. */
    @POST
    @Path("cart/items")
    public Response add(@CookieParam(COOKIE) String token, @RestForm Long variantId, @RestForm String quantity) {
        Cart cart = carts.add(shopper(token), variantId == null ? -1 : variantId, number(quantity, 1));
        Response.ResponseBuilder back = Response.seeOther(URI.create("/cart"));
        if (cart.cookieToken != null && !cart.cookieToken.equals(token)) {
            back.cookie(cookie(cart.cookieToken));
        }
        return back.build();
    }

    @POST
    @Path("cart/items/{variantId}")
    public Response change(@CookieParam(COOKIE) String token, @PathParam("variantId") long variantId,
            @RestForm String quantity, @RestForm String to) {
        carts.change(shopper(token), variantId, number(quantity, 0));
        return Response.seeOther(URI.create("/cart" + (to == null || to.isBlank() ? "" : "?to=" + to))).build();
    }

    @GET
    @Path("checkout")
    @Authenticated
    public TemplateInstance checkout(@CookieParam(COOKIE) String token, @QueryParam("province") String province) {
        long buyer = buyer();
        Optional<Order> last = orders.lastOrderOf(buyer);
        String chosen = province != null ? province : last.map(o -> o.shipProvinceCode).orElse("");
        Form form = Form.of("province", chosen, "name", last.map(o -> o.shipName).orElse(""), "phone",
                last.map(o -> o.shipPhone.replace("+84", "0")).orElse(""), "line1",
                last.map(o -> chosen.equals(o.shipProvinceCode) ? o.shipLine1 : "").orElse(""), "communeCode",
                last.map(o -> o.shipCommuneCode).orElse(""), "paymentMethod", "COD", "key",
                UUID.randomUUID().toString());
        return checkoutPage(shopper(token), form);
    }

    @POST
    @Path("checkout")
    @Authenticated
    public Response placeOrder(@CookieParam(COOKIE) String token, @RestForm String name, @RestForm String phone,
            @RestForm String line1, @RestForm String province, @RestForm String communeCode,
            @RestForm String paymentMethod, @RestForm String key, @RestForm String expectedTotalVnd) {
        long buyer = buyer();
        CartService.Shopper shopper = shopper(token);
        Form form = Form.of("name", name, "phone", phone, "line1", line1, "province", province, "communeCode",
                communeCode, "paymentMethod", paymentMethod, "key", key);
        List<OrderRequests.Line> lines = carts.find(shopper).map(carts::lines).orElse(List.of()).stream()
                .map(l -> new OrderRequests.Line(l.variantId, l.quantity)).toList();
        if (lines.isEmpty()) {
            // The same form sent again after its order emptied the cart: show that order, not an empty cart.
            return Response
                    .seeOther(URI
                            .create(idempotency.recordedAnswer(buyer, key).map(id -> "/orders/" + id).orElse("/cart")))
                    .build();
        }
        PaymentMethod method = "VIETQR".equals(paymentMethod) ? PaymentMethod.VIETQR : PaymentMethod.COD;
        OrderRequests.PlaceOrder request = new OrderRequests.PlaceOrder(lines,
                new OrderRequests.ShipTo(name, phone, line1, communeCode), method, amount(expectedTotalVnd));
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<OrderRequests.PlaceOrder> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString().replaceFirst("^shipTo\\.", ""), v.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                Response placed = idempotency.once(buyer, key == null || key.isBlank() ? null : key, "place-order",
                        request, () -> Response.status(201).entity(orders.placeOrder(buyer, request).id).build());
                long orderId = Long.parseLong(placed.getEntity().toString()); // a replay answers the recorded JSON
                carts.removeOrdered(shopper, lines.stream().map(OrderRequests.Line::variantId).toList());
                return Response.seeOther(URI.create("/orders/" + orderId)).build();
            } catch (ProblemException e) {
                if ("stock-short".equals(e.key()) || "total-changed".equals(e.key())) {
                    return Response.status(409)
                            .entity(checkoutPage(shopper,
                                    form.withErrors(
                                            Map.of("", messages.get(pages.page().locale(), e.key(), e.args())))))
                            .build();
                }
                String field = e.errors().isEmpty() ? "" : e.errors().get(0).field().replaceFirst("^shipTo\\.", "");
                String text = messages.get(pages.page().locale(),
                        e.errors().isEmpty() ? e.key() : e.errors().get(0).message(), e.args());
                errors.put(field, text);
            }
        }
        return Response.status(400).entity(checkoutPage(shopper, form.withErrors(errors))).build();
    }

    /** The total the checkout page showed, as its hidden field carries it; null when missing or not a number. */
    private static Long amount(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The visitor's cart cookie: HttpOnly, kept a month. */
    static NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                .maxAge(COOKIE_DAYS * 24 * 3600).build();
    }

    private TemplateInstance checkoutPage(CartService.Shopper shopper, Form form) {
        Province province = places.province(form.value("province")).orElse(null);
        List<Commune> communes = province == null ? List.of() : places.communesOf(province.code()).orElseThrow();
        CartView view = carts.view(carts.find(shopper), province == null ? null : province.code());
        return pages.render(Templates.checkout(pages.page(), view, form, places.provinces(), province, communes,
                payments.vietQrOffered()));
    }

    /** Checkout is for buyers; a seller or staff account signs in as a buyer to order. */
    private long buyer() {
        if (!identity.hasRole("BUYER")) {
            throw new ForbiddenException();
        }
        return CurrentAccount.id(identity);
    }

    private CartService.Shopper shopper(String token) {
        return new CartService.Shopper(CurrentAccount.optional(identity).orElse(null), token);
    }

    private static int number(String text, int otherwise) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return otherwise;
        }
        return Integer.parseInt(text.strip());
    }
}
