package vn.chophien.integrations.voso.simulator;

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
 * Voso's shop API as we designed it with them in mind: calls carry our shop key, listings are upserted in batches by
 * our key (an older version changes nothing), each listing is validated with a Vietnamese message, and orders of
 * simulated shoppers are pushed to our webhook in batches, signed.
 */
public class VosoSimulator extends PartnerSimulator {

    private final String shopKey;
    private final Set<String> categories;
    private final SignedWebhooks webhooks;
    private final ListingStore listings = new ListingStore("VS", "voso_id", 5_000_000);
    private final Map<String, JsonObject> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(70_000);

    public VosoSimulator(Vertx vertx, PartnerSettings.Simulator settings, String shopKey,
            Supplier<String> webhookSecret, Supplier<String> serviceUrl) {
        super(vertx, settings);
        this.shopKey = shopKey;
        this.categories = CategoryMap.load("integrations/voso/categories.csv").all().values().stream()
                .map(CategoryMap.PartnerCategory::id).collect(Collectors.toSet());
        this.webhooks = new SignedWebhooks(serviceUrl, webhookSecret);
    }

    @Override
    protected String name() {
        return "Voso";
    }

    @Override
    protected void routes(Router router) {
        router.route("/v1/shop/*").handler(ctx -> {
            if (!shopKey.equals(ctx.request().getHeader("X-Voso-Key"))) {
                error(ctx, 401, "UNAUTHORIZED", "Khóa cửa hàng không đúng");
            } else {
                ctx.next();
            }
        });
        router.put("/v1/shop/listings").handler(this::upsert);
        router.post("/v1/shop/orders/:id/decision").handler(this::decide);
    }

    @Override
    protected void controls(Router router) {
        router.get("/_sim/listings").handler(ctx -> json(ctx, 200, listings.all()));
        router.get("/_sim/listings/:key")
                .handler(ctx -> json(ctx, listings.get(ctx.pathParam("key")).isPresent() ? 200 : 404,
                        listings.get(ctx.pathParam("key")).orElse(new JsonObject())));
        router.post("/_sim/orders").handler(ctx -> push(ctx, newOrder(ctx.body().asJsonObject())));
        router.get("/_sim/orders/:id").handler(ctx -> {
            JsonObject order = orders.get(ctx.pathParam("id"));
            json(ctx, order == null ? 404 : 200, order == null ? new JsonObject() : order);
        });
    }

    @Override
    protected void onStarted() {
        long every = settings.shopperEvery().toMillis();
        if (every > 0) {
            vertx.setPeriodic(every,
                    id -> listings.anyPackInStock(l -> l.getBoolean("active", false), "packs", "stock").ifPresent(
                            pack -> push(null, newOrder(new JsonObject().put("packKey", pack.getString("pack_key"))
                                    .put("price", pack.getLong("price_vnd"))))));
        }
    }

    private void upsert(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        JsonArray batch = body == null ? null : body.getJsonArray("listings");
        if (batch == null || batch.isEmpty() || batch.size() > 200) {
            error(ctx, 400, "BATCH_SIZE", "Mỗi lần gửi từ 1 đến 200 sản phẩm");
            return;
        }
        JsonArray results = new JsonArray();
        for (Object each : batch) {
            JsonObject listing = (JsonObject) each;
            String key = listing.getString("listing_key", "");
            String refusal = refusal(listing);
            if (refusal == null) {
                refusal = rejection(ctx.normalizedPath())
                        .map(f -> f.message().isBlank() ? "Sản phẩm chưa đạt yêu cầu kiểm duyệt" : f.message())
                        .orElse(null);
            }
            if (refusal != null) {
                results.add(new JsonObject().put("listing_key", key).put("accepted", false).put("error",
                        new JsonObject().put("code", "INVALID").put("message", refusal)));
            } else {
                String id = listings.upsert(key, listing.getLong("version", 0L), listing).id();
                results.add(new JsonObject().put("listing_key", key).put("voso_id", id).put("accepted", true));
            }
        }
        json(ctx, 200, new JsonObject().put("results", results));
    }

    private String refusal(JsonObject listing) {
        if (!listing.getString("listing_key", "").matches("[A-Za-z0-9._-]{1,64}")) {
            return "Mã sản phẩm của cửa hàng không hợp lệ";
        }
        if (!listing.getBoolean("active", false)) {
            return null;
        }
        String title = listing.getString("title", "");
        if (title.strip().length() < 3 || title.length() > 150) {
            return "Tên sản phẩm phải từ 3 đến 150 ký tự";
        }
        if (!categories.contains(listing.getString("category_code", ""))) {
            return "Ngành hàng không hợp lệ";
        }
        JsonArray packs = listing.getJsonArray("packs");
        if (packs == null || packs.isEmpty()) {
            return "Sản phẩm cần ít nhất một quy cách đóng gói";
        }
        for (Object pack : packs) {
            if (((JsonObject) pack).getLong("price_vnd", 0L) < 500) {
                return "Giá bán mỗi quy cách phải từ 500 ₫";
            }
        }
        return null;
    }

    private void decide(RoutingContext ctx) {
        JsonObject order = orders.get(ctx.pathParam("id"));
        JsonObject body = ctx.body().asJsonObject();
        if (order == null || body == null) {
            error(ctx, 404, "NOT_FOUND", "Không tìm thấy đơn hàng");
            return;
        }
        order.put("status", body.getBoolean("accept", false) ? "ACCEPTED" : "REJECTED")
                .put("shop_order_ref", body.getString("shop_order_ref")).put("reason", body.getString("reason"));
        json(ctx, 200, order);
    }

    private JsonObject newOrder(JsonObject wanted) {
        JsonObject want = wanted == null ? new JsonObject() : wanted;
        JsonObject order = new JsonObject()
                .put("voso_order_id", want.getString("orderId", "VS" + ids.incrementAndGet())).put("status", "NEW")
                .put("buyer",
                        new JsonObject().put("full_name", want.getString("name", "Lê Thị Hồng")).put("mobile",
                                want.getString("phone", "0978123456")))
                .put("deliver_to",
                        new JsonObject().put("street", want.getString("address", "Số 8 đường Lê Lợi")).put("ward_code",
                                want.getString("wardCode", "26740")))
                .put("paid_online", want.getBoolean("paidOnline", false))
                .put("lines", new JsonArray().add(new JsonObject().put("pack_key", want.getString("packKey"))
                        .put("qty", want.getInteger("quantity", 1)).put("unit_price_vnd", want.getLong("price", 0L))));
        return orders.computeIfAbsent(order.getString("voso_order_id"), id -> order);
    }

    /** Pushes an order to the service, signed; answers the order with the push's status when a test asked. */
    private void push(RoutingContext ctx, JsonObject order) {
        webhooks.post("/webhooks/channels/voso/orders",
                new JsonObject().put("orders", new JsonArray().add(order)).encode()).whenComplete((status, failure) -> {
                    order.put("pushStatus", failure == null ? status : -1);
                    if (ctx != null) {
                        json(ctx, 201, order);
                    }
                });
    }

    private static void error(RoutingContext ctx, int status, String code, String message) {
        json(ctx, status, new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)));
    }
}
