package vn.chophien.integrations.postmart.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.chophien.integrations.common.CategoryMap;
import vn.chophien.integrations.common.PartnerSettings;
import vn.chophien.integrations.common.simulator.ListingStore;
import vn.chophien.integrations.common.simulator.PartnerSimulator;
import vn.chophien.integrations.common.simulator.SignedWebhooks;

/**
 * Postmart's merchant API as we assume it: bearer-token calls, its {@code {code, message, result, requestMethod}}
 * envelope, a batch product upsert keyed by our merchant SKU (a version older than the one it holds changes nothing),
 * validation with messages in Vietnamese, and orders from simulated shoppers pushed to our webhook, signed.
 */
public class PostmartSimulator extends PartnerSimulator {

    static final String API = "/apis/v1/merchant";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final String token;
    private final Set<String> categories;
    private final SignedWebhooks webhooks;
    private final ListingStore products = new ListingStore("PM", "product_id", 880_000);
    private final Map<String, JsonObject> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public PostmartSimulator(Vertx vertx, PartnerSettings.Simulator settings, String token,
            Supplier<String> webhookSecret, Supplier<String> serviceUrl) {
        super(vertx, settings);
        this.token = token;
        this.categories = CategoryMap.load("integrations/postmart/categories.csv").all().values().stream()
                .map(CategoryMap.PartnerCategory::id).collect(Collectors.toSet());
        this.webhooks = new SignedWebhooks(serviceUrl, webhookSecret);
    }

    @Override
    protected String name() {
        return "Postmart";
    }

    @Override
    protected void routes(Router router) {
        router.route(API + "/*").handler(this::authenticate);
        router.get(API + "/categories/all")
                .handler(ctx -> envelope(ctx, 200, "Thành công",
                        new JsonArray(CategoryMap.load("integrations/postmart/categories.csv").all().values().stream()
                                .map(c -> new JsonObject().put("gc_id", Integer.parseInt(c.id()))
                                        .put("gc_name", c.name()).put("gc_parent_id", 0).put("commis_rate", 5))
                                .toList())));
        router.post(API + "/products/upsert").handler(this::upsert);
        router.post(API + "/orders/:code/:decision").handler(this::decide);
    }

    @Override
    protected void controls(Router router) {
        router.get("/_sim/products").handler(ctx -> json(ctx, 200, products.all()));
        router.get("/_sim/products/:sku")
                .handler(ctx -> json(ctx, products.get(ctx.pathParam("sku")).isPresent() ? 200 : 404,
                        products.get(ctx.pathParam("sku")).orElse(new JsonObject())));
        router.post("/_sim/orders").handler(ctx -> order(ctx, ctx.body().asJsonObject()));
        router.get("/_sim/orders/:code").handler(ctx -> {
            JsonObject order = orders.get(ctx.pathParam("code"));
            json(ctx, order == null ? 404 : 200, order == null ? new JsonObject() : order);
        });
    }

    @Override
    protected void onStarted() {
        long every = settings.shopperEvery().toMillis();
        if (every > 0) {
            vertx.setPeriodic(every, id -> shop());
        }
    }

    private void authenticate(RoutingContext ctx) {
        if (!("Bearer " + token).equals(ctx.request().getHeader("Authorization"))) {
            envelope(ctx, 401, "Token không hợp lệ hoặc đã hết hạn", null);
            return;
        }
        ctx.next();
    }

    private void upsert(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        JsonArray items = body == null ? null : body.getJsonArray("products");
        if (items == null || items.isEmpty() || items.size() > 100) {
            envelope(ctx, 400, "Danh sách sản phẩm phải có từ 1 đến 100 sản phẩm", null);
            return;
        }
        JsonArray results = new JsonArray();
        for (Object each : items) {
            results.add(upsert((JsonObject) each, ctx.normalizedPath()));
        }
        envelope(ctx, 200, "Thành công", results);
    }

    private JsonObject upsert(JsonObject product, String path) {
        String sku = product.getString("merchant_sku", "");
        JsonObject result = new JsonObject().put("merchant_sku", sku);
        String refusal = refusal(product);
        if (refusal == null) {
            refusal = rejection(path).map(f -> f.message().isBlank() ? "Sản phẩm vi phạm chính sách" : f.message())
                    .orElse(null);
        }
        if (refusal != null) {
            return result.put("status", "ERROR").put("message", refusal);
        }
        String id = products.upsert(sku, product.getLong("version", 0L), product).id();
        return result.put("status", "OK").put("product_id", id);
    }

    /** Postmart's own rules for a product it will show (an INACTIVE one is only taken down). */
    private String refusal(JsonObject product) {
        if (!product.getString("merchant_sku", "").matches("[A-Za-z0-9._-]{1,64}")) {
            return "Mã SKU của người bán không hợp lệ";
        }
        if ("INACTIVE".equals(product.getString("status"))) {
            return null;
        }
        String name = product.getString("name", "");
        if (name.strip().length() < 5 || name.length() > 200) {
            return "Tên sản phẩm phải có từ 5 đến 200 ký tự";
        }
        if (!categories.contains(String.valueOf(product.getValue("category_id")))) {
            return "Danh mục sản phẩm không tồn tại";
        }
        if (product.getLong("price", 0L) < 1000) {
            return "Giá bán phải từ 1.000 ₫";
        }
        if (product.getInteger("stock", -1) < 0) {
            return "Tồn kho không hợp lệ";
        }
        return null;
    }

    private void decide(RoutingContext ctx) {
        JsonObject order = orders.get(ctx.pathParam("code"));
        String decision = ctx.pathParam("decision");
        if (order == null || !Set.of("confirm", "reject").contains(decision)) {
            envelope(ctx, 404, "Không tìm thấy đơn hàng", null);
            return;
        }
        JsonObject body = ctx.body().asJsonObject();
        order.put("status", "confirm".equals(decision) ? "CONFIRMED" : "REJECTED");
        if (body != null) {
            order.put("merchant_order_code", body.getString("merchant_order_code")).put("reason",
                    body.getString("reason"));
        }
        envelope(ctx, 200, "Thành công", order);
    }

    /** A shopper's order: pushed to the service's webhook, signed. Answers the order and the push's status. */
    private void order(RoutingContext ctx, JsonObject wanted) {
        JsonObject made = newOrder(wanted);
        // the same order pushed again is the order Postmart already has, answer included
        JsonObject order = orders.computeIfAbsent(made.getString("order_code"), code -> made);
        String push = new JsonObject().put("event", "order.created").put("order", order).encode();
        webhooks.post("/webhooks/channels/postmart/orders", push).whenComplete((status, failure) -> {
            order.put("pushStatus", failure == null ? status : -1);
            json(ctx, 201, order);
        });
    }

    private JsonObject newOrder(JsonObject wanted) {
        String code = wanted.getString("orderCode",
                "PM" + LocalDate.now().format(DAY) + String.format("%06d", ids.incrementAndGet()));
        return new JsonObject().put("order_code", code).put("status", "NEW")
                .put("customer",
                        new JsonObject().put("name", wanted.getString("name", "Trần Văn Bình")).put("phone",
                                wanted.getString("phone", "0987654321")))
                .put("shipping",
                        new JsonObject().put("address", wanted.getString("address", "Số 5 ngõ 12 Phan Đình Phùng"))
                                .put("ward_code", wanted.getString("wardCode", "00004")))
                .put("payment_method", wanted.getString("paymentMethod", "COD"))
                .put("items", new JsonArray().add(new JsonObject().put("sku", wanted.getString("sku"))
                        .put("quantity", wanted.getInteger("quantity", 1)).put("price", wanted.getLong("price", 0L))));
    }

    /** A simulated shopper buys one of something listed and in stock. */
    private void shop() {
        products.anyPackInStock(p -> "ACTIVE".equals(p.getString("status")), "variants", "stock").ifPresent(this::shop);
    }

    private void shop(JsonObject variant) {
        JsonObject order = newOrder(new JsonObject().put("sku", variant.getString("sku")).put("quantity", 1)
                .put("price", variant.getLong("price")));
        orders.put(order.getString("order_code"), order);
        webhooks.post("/webhooks/channels/postmart/orders",
                new JsonObject().put("event", "order.created").put("order", order).encode());
    }

    private static void envelope(RoutingContext ctx, int code, String message, Object result) {
        json(ctx, code, new JsonObject().put("code", code).put("message", message).put("result", result)
                .put("requestMethod", ctx.request().method().name()));
    }
}
