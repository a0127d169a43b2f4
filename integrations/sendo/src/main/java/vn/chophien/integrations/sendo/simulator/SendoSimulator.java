package vn.chophien.integrations.sendo.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * Sendo's Open API as its seller help centre describes it: a login with the shop's keys that gives a bearer token
 * valid eight hours (five logins a second at most), products created with id 0 or updated by Sendo's id (by SKU when
 * id 0 names one it has), validated as Sendo does (a name of 10 to 300 characters, an HTML description of 100 to
 * 100,000, a known cat4_id), and an order search over at most three days, paged by a token. Simulated shoppers'
 * orders wait there to be found.
 */
public class SendoSimulator extends PartnerSimulator {

    static final Duration TOKEN_LIFE = Duration.ofHours(8);

    private final String shopKey;
    private final String secretKey;
    private final Set<String> categories;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final ListingStore products = new ListingStore("", "id", 30_000_000);
    private final Map<String, JsonObject> orders = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong(500_000);
    private final List<Long> logins = new ArrayList<>();

    public SendoSimulator(Vertx vertx, PartnerSettings.Simulator settings, String shopKey, String secretKey) {
        super(vertx, settings);
        this.shopKey = shopKey;
        this.secretKey = secretKey;
        this.categories = CategoryMap.load("integrations/sendo/categories.csv").all().values().stream()
                .map(CategoryMap.PartnerCategory::id).collect(Collectors.toSet());
    }

    @Override
    protected String name() {
        return "Sendo";
    }

    @Override
    protected void routes(Router router) {
        router.post("/login").handler(this::login);
        router.route("/api/partner/*").handler(this::authenticate);
        router.post("/api/partner/product/list").handler(this::products);
        router.post("/api/partner/salesorder/search").handler(this::search);
        router.put("/api/partner/salesorder").handler(this::answer);
    }

    @Override
    protected void controls(Router router) {
        router.get("/_sim/products").handler(ctx -> json(ctx, 200, products.all()));
        router.get("/_sim/products/:sku")
                .handler(ctx -> json(ctx, products.get(ctx.pathParam("sku")).isPresent() ? 200 : 404,
                        products.get(ctx.pathParam("sku")).orElse(new JsonObject())));
        router.post("/_sim/orders").handler(ctx -> json(ctx, 201, newOrder(ctx.body().asJsonObject())));
        router.get("/_sim/orders/:number").handler(ctx -> {
            JsonObject order = orders.get(ctx.pathParam("number"));
            json(ctx, order == null ? 404 : 200, order == null ? new JsonObject() : order);
        });
        router.post("/_sim/tokens/expire").handler(ctx -> {
            tokens.clear();
            ctx.response().setStatusCode(204).end();
        });
    }

    @Override
    protected void onStarted() {
        long every = settings.shopperEvery().toMillis();
        if (every > 0) {
            vertx.setPeriodic(every,
                    id -> products
                            .anyPackInStock(p -> p.getBoolean("stock_availability", false), "variants",
                                    "variant_quantity")
                            .ifPresent(v -> newOrder(new JsonObject().put("sku", v.getString("variant_sku"))
                                    .put("price", v.getLong("variant_price")))));
        }
    }

    private void login(RoutingContext ctx) {
        synchronized (logins) {
            long now = System.currentTimeMillis();
            logins.removeIf(t -> t <= now - 1000);
            if (logins.size() >= 5) {
                ctx.response().putHeader("Retry-After", "1").setStatusCode(429).end();
                return;
            }
            logins.add(now);
        }
        JsonObject body = ctx.body().asJsonObject();
        if (body == null || !shopKey.equals(body.getString("shop_key"))
                || !secretKey.equals(body.getString("secret_key"))) {
            json(ctx, 401, failure("Sai shop_key hoặc secret_key"));
            return;
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        Instant expires = Instant.now().plus(TOKEN_LIFE);
        tokens.put(token, expires);
        json(ctx, 200, new JsonObject().put("success", true).put("result",
                new JsonObject().put("token", token).put("expires", expires.toString())));
    }

    private void authenticate(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, "bearer ", 0, 7) ? header.substring(7) : "";
        Instant expires = tokens.get(token);
        if (expires == null || expires.isBefore(Instant.now())) {
            json(ctx, 401, failure("Token không hợp lệ hoặc đã hết hạn"));
            return;
        }
        ctx.next();
    }

    private void products(RoutingContext ctx) {
        JsonArray batch = ctx.body().asJsonArray();
        if (batch == null || batch.isEmpty() || batch.size() > 100) {
            json(ctx, 400, failure("Mỗi lần gửi từ 1 đến 100 sản phẩm"));
            return;
        }
        JsonArray results = new JsonArray();
        for (Object each : batch) {
            results.add(product((JsonObject) each, ctx.normalizedPath()));
        }
        json(ctx, 200, new JsonObject().put("success", true).put("result", results));
    }

    private JsonObject product(JsonObject product, String path) {
        String sku = product.getString("sku", "");
        JsonObject result = new JsonObject().put("sku", sku);
        long id = product.getLong("id", 0L);
        String refusal = refusal(product);
        if (refusal == null && id != 0 && products.keyOfId(Long.toString(id)).map(k -> !k.equals(sku)).orElse(true)) {
            refusal = "Sản phẩm không tồn tại hoặc đã bị xóa";
        }
        if (refusal == null) {
            refusal = rejection(path)
                    .map(f -> f.message().isBlank() ? "Sản phẩm đang chờ duyệt, không thể cập nhật" : f.message())
                    .orElse(null);
        }
        if (refusal != null) {
            return result.put("is_success", false).put("error_message", refusal);
        }
        String kept = products.upsert(sku, product.getLong("version", 0L), product).id();
        return result.put("is_success", true).put("id", Long.parseLong(kept));
    }

    private String refusal(JsonObject product) {
        if (!product.getString("sku", "").matches("[A-Za-z0-9._-]{1,50}")) {
            return "SKU không hợp lệ";
        }
        String name = product.getString("name", "");
        if (name.strip().length() < 10 || name.length() > 300) {
            return "Tên sản phẩm phải từ 10 đến 300 ký tự";
        }
        int description = product.getString("description", "").length();
        if (description < 100 || description > 100_000) {
            return "Mô tả sản phẩm phải từ 100 đến 100.000 ký tự";
        }
        if (!categories.contains(String.valueOf(product.getValue("cat4_id")))) {
            return "Danh mục (cat4_id) không hợp lệ";
        }
        if (product.getLong("price", 0L) < 1000 || product.getInteger("weight", 0) <= 0) {
            return "Giá phải từ 1.000 ₫ và khối lượng lớn hơn 0";
        }
        return null;
    }

    private void search(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        Instant from;
        Instant to;
        try {
            from = OffsetDateTime.parse(body.getString("order_status_date_from")).toInstant();
            to = OffsetDateTime.parse(body.getString("order_status_date_to")).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            json(ctx, 400, failure("Thời gian tìm kiếm không hợp lệ"));
            return;
        }
        if (to.isBefore(from) || Duration.between(from, to).compareTo(Duration.ofDays(3)) > 0) {
            json(ctx, 400, failure("Khoảng thời gian tìm kiếm tối đa 3 ngày"));
            return;
        }
        int size = Math.min(100, Math.max(1, body.getInteger("page_size", 50)));
        int offset = body.getString("token") == null ? 0 : Integer.parseInt(body.getString("token"));
        List<JsonObject> found = orders.values().stream().filter(o -> {
            Instant at = Instant.parse(o.getString("status_date"));
            return !at.isBefore(from) && !at.isAfter(to);
        }).sorted(Comparator.comparing((JsonObject o) -> o.getString("status_date"))
                .thenComparing(o -> o.getJsonObject("sales_order").getString("order_number"))).toList();
        List<JsonObject> page = found.subList(Math.min(offset, found.size()), Math.min(offset + size, found.size()));
        JsonArray data = new JsonArray();
        page.forEach(o -> data.add(new JsonObject().put("sales_order", o.getJsonObject("sales_order"))
                .put("sku_details", o.getJsonArray("sku_details"))));
        json(ctx, 200, new JsonObject().put("success", true).put("result", new JsonObject().put("data", data)
                .put("next_token", offset + size < found.size() ? Integer.toString(offset + size) : null)));
    }

    private void answer(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        JsonObject order = body == null ? null : orders.get(body.getString("order_number", ""));
        if (order == null) {
            json(ctx, 404, failure("Không tìm thấy đơn hàng"));
            return;
        }
        order.getJsonObject("sales_order").put("order_status", body.getInteger("order_status"));
        order.put("cancel_order_reason", body.getString("cancel_order_reason"));
        json(ctx, 200, new JsonObject().put("success", true));
    }

    /** A shopper's new order (status 2), dated now or when the test says; it waits to be found by a search. */
    private JsonObject newOrder(JsonObject wanted) {
        JsonObject want = wanted == null ? new JsonObject() : wanted;
        String number = want.getString("orderNumber", Long.toString(numbers.incrementAndGet()));
        JsonObject order = new JsonObject().put("status_date", want.getString("at", Instant.now().toString()))
                .put("sales_order",
                        new JsonObject().put("order_number", number).put("order_status", 2)
                                .put("payment_status", want.getInteger("paymentStatus", 1))
                                .put("receiver_name", want.getString("name", "Phạm Minh Đức"))
                                .put("shipping_contact_phone", want.getString("phone", "0903123456"))
                                .put("receiver_address", want.getString("address", "Số 20 đường Trần Phú"))
                                .put("receiver_ward_code", want.getString("wardCode", "00004")))
                .put("sku_details", new JsonArray().add(new JsonObject().put("sku", want.getString("sku"))
                        .put("quantity", want.getInteger("quantity", 1)).put("price", want.getLong("price", 0L))));
        return orders.computeIfAbsent(number, n -> order);
    }

    private static JsonObject failure(String message) {
        return new JsonObject().put("success", false).put("error", new JsonObject().put("message", message));
    }
}
