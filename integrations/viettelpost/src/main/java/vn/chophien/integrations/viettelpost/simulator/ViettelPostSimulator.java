package vn.chophien.integrations.viettelpost.simulator;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.chophien.integrations.common.PartnerSettings;
import vn.chophien.integrations.common.simulator.CarrierSimulator;
import vn.chophien.integrations.common.simulator.SignedWebhooks;

/**
 * Viettel Post's partner API v2 as its open-source integrations use it: a login that gives a token sent as
 * {@code Token}, {@code createOrder} answering its waybill number ({@code ORDER_NUMBER}; the same reference of ours
 * twice gets the same number), {@code UpdateOrder} type 4 to cancel, and status pushes {@code {DATA, TOKEN}} with its
 * own codes and {@code dd/MM/yyyy HH:mm:ss} Vietnam times.
 */
public class ViettelPostSimulator extends CarrierSimulator {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final String username;
    private final String password;
    private final Supplier<String> webhookToken;
    private final SignedWebhooks service;
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();
    private final AtomicLong waybills = new AtomicLong(10_345_381_600L);

    public ViettelPostSimulator(Vertx vertx, PartnerSettings.Simulator settings, String username, String password,
            Supplier<String> webhookToken, Supplier<String> serviceUrl) {
        super(vertx, settings);
        this.username = username;
        this.password = password;
        this.webhookToken = webhookToken;
        this.service = new SignedWebhooks(serviceUrl, webhookToken);
    }

    @Override
    protected String name() {
        return "Viettel Post";
    }

    @Override
    protected void routes(Router router) {
        router.post("/v2/user/Login").handler(this::login);
        router.route("/v2/order/*").handler(ctx -> {
            if (!tokens.containsKey(String.valueOf(ctx.request().getHeader("Token")))) {
                reply(ctx, 401, true, "Token không hợp lệ", null);
            } else {
                ctx.next();
            }
        });
        router.post("/v2/order/createOrder").handler(this::create);
        router.post("/v2/order/UpdateOrder").handler(this::update);
    }

    private void login(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null || !username.equals(body.getString("USERNAME"))
                || !password.equals(body.getString("PASSWORD"))) {
            reply(ctx, 200, true, "Sai tên đăng nhập hoặc mật khẩu", null);
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, true);
        reply(ctx, 200, false, "OK", new JsonObject().put("token", token));
    }

    private void create(RoutingContext ctx) {
        JsonObject order = ctx.body().asJsonObject();
        String refusal = refusal(order);
        if (refusal == null) {
            refusal = rejection(ctx.normalizedPath())
                    .map(f -> f.message().isBlank() ? "Đơn hàng không hợp lệ" : f.message()).orElse(null);
        }
        if (refusal != null) {
            reply(ctx, 200, true, refusal, null);
            return;
        }
        Shipment shipment = take(order.getString("ORDER_NUMBER"), order.getLong("MONEY_COLLECTION", 0L), order,
                () -> Long.toString(waybills.incrementAndGet()));
        reply(ctx, 200, false, "OK", new JsonObject().put("ORDER_NUMBER", shipment.carrierRef)
                .put("MONEY_COLLECTION", shipment.cod).put("MONEY_TOTAL_FEE", 32_000));
    }

    private String refusal(JsonObject order) {
        if (order == null) {
            return "Dữ liệu đơn hàng trống";
        }
        for (String field : List.of("ORDER_NUMBER", "SENDER_FULLNAME", "SENDER_PHONE", "SENDER_ADDRESS",
                "RECEIVER_FULLNAME", "RECEIVER_PHONE", "RECEIVER_ADDRESS", "PRODUCT_NAME")) {
            if (order.getString(field, "").isBlank()) {
                return "Thiếu " + field;
            }
        }
        int weight = order.getInteger("PRODUCT_WEIGHT", 0);
        if (weight <= 0 || weight > 30_000) {
            return "Khối lượng phải từ 1 đến 30.000 gram";
        }
        return null;
    }

    private void update(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        var shipment = body == null ? null : shipment(body.getString("ORDER_NUMBER", "")).orElse(null);
        if (shipment == null) {
            reply(ctx, 200, true, "Không tìm thấy vận đơn", null);
        } else if (body.getInteger("TYPE", 0) == 4 && !cancel(shipment)) {
            reply(ctx, 200, true, "Vận đơn đã được vận chuyển, không thể hủy", null);
        } else {
            reply(ctx, 200, false, "OK", null);
        }
    }

    @Override
    protected List<Step> steps(Shipment s, Life life) {
        String from = s.request.getString("SENDER_PROVINCE_NAME", "Tuyên Quang");
        String to = s.request.getString("RECEIVER_PROVINCE_NAME", "Hà Nội");
        List<Step> steps = new ArrayList<>(List.of(new Step("105", "Đã lấy hàng", "Bưu cục " + from, 0, 0),
                new Step("200", "Nhận từ bưu tá - Bưu cục gốc", "Bưu cục " + from, 0, 0),
                new Step("300", "Đóng bảng kê đi", "Trung tâm khai thác " + from, 0, 0),
                new Step("400", "Nhận bảng kê đến", "Trung tâm khai thác " + to, 0, 0),
                new Step("500", "Giao bưu tá đi phát", "Bưu cục phát " + to, 0, 0)));
        if (life != Life.DELIVERED) {
            steps.add(new Step("506", "Khách hàng không có nhà", "Bưu cục phát " + to, 0, 0));
        }
        if (life == Life.RETURNED) {
            steps.addAll(List.of(new Step("505", "Tồn - Thông báo chuyển hoàn", "Bưu cục phát " + to, 0, 0),
                    new Step("515", "Duyệt hoàn", "Bưu cục phát " + to, 0, 0),
                    new Step("502", "Chuyển hoàn bưu cục gốc", "Trung tâm khai thác " + to, 0, 0),
                    new Step("504", "Hoàn thành công - Chuyển trả người gửi", "Bưu cục " + from, 0, 0)));
            return steps;
        }
        if (life == Life.DELIVERED_AFTER_A_FAILED_ATTEMPT) {
            steps.add(new Step("508", "Phát tiếp", "Bưu cục phát " + to, 0, 0));
        }
        steps.add(new Step("501", "Phát thành công", "Bưu cục phát " + to, s.cod, 0));
        if (s.cod > 0) {
            steps.add(new Step("501", "Đã trả tiền thu hộ cho khách hàng", "Bưu cục " + from, s.cod, s.cod));
        }
        return steps;
    }

    @Override
    protected void push(Shipment s, Taken taken) {
        Step step = taken.step();
        String at = taken.at().format(TIME);
        JsonObject data = new JsonObject().put("ORDER_NUMBER", s.carrierRef).put("ORDER_REFERENCE", s.ourRef)
                .put("ORDER_STATUSDATE", at).put("ORDER_STATUS", Integer.parseInt(step.code()))
                .put("STATUS_NAME", step.text()).put("LOCALION_CURRENTLY", step.place()).put("NOTE", "")
                .put("MONEY_COLLECTION", step.codCollected()).put("MONEY_FEECOD", 0).put("MONEY_TOTAL", 32_000)
                .put("PRODUCT_WEIGHT", s.request.getInteger("PRODUCT_WEIGHT", 0)).put("EMPLOYEE_NAME", "Nguyễn Văn Hải")
                .put("EMPLOYEE_PHONE", "0987000111");
        if (step.codPaid() > 0) {
            data.put("MONEY_COLLECTION_PAID_DATE", at);
        }
        service.postUnsigned("/webhooks/carriers/viettelpost/tracking",
                new JsonObject().put("DATA", data).put("TOKEN", webhookToken.get()).encode());
    }

    private static void reply(RoutingContext ctx, int status, boolean error, String message, JsonObject data) {
        json(ctx, status, new JsonObject().put("status", error ? 204 : 200).put("error", error).put("message", message)
                .put("data", data));
    }
}
