package vn.chophien.integrations.vnpost.simulator;

import java.time.LocalDateTime;
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
import vn.chophien.integrations.vnpost.VnpostSignature;
import vn.chophien.web.VietnamClock;

/**
 * Vietnam Post's MyVNPost partner API as its public guides and open-source integrations show it: an access token,
 * {@code CreateOrder} keyed by our order code (the S10 item code is ours, printed on the label), {@code orderCancel},
 * and status pushes {@code {Data, SendDate, SignData}} whose {@code Data} is JSON in a string, with the v2 status code
 * ({@code StatusId}) and, where the older API has one, its code ({@code OrderStatusId}); the signature is our
 * assumption (HMAC-SHA256 of {@code Data + SendDate} with the shared key, hex).
 */
public class VnpostSimulator extends CarrierSimulator {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    static final String API = "/MYVNP_API/customer-partner";

    private final String username;
    private final String password;
    private final Supplier<String> signingKey;
    private final SignedWebhooks service;
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();
    private final AtomicLong orderIds = new AtomicLong(4_200_000);

    public VnpostSimulator(Vertx vertx, PartnerSettings.Simulator settings, String username, String password,
            Supplier<String> signingKey, Supplier<String> serviceUrl) {
        super(vertx, settings);
        this.username = username;
        this.password = password;
        this.signingKey = signingKey;
        this.service = new SignedWebhooks(serviceUrl, signingKey);
    }

    @Override
    protected String name() {
        return "Vietnam Post";
    }

    @Override
    protected void routes(Router router) {
        router.post(API + "/GetAccessToken").handler(this::token);
        router.route(API + "/*").handler(ctx -> {
            if (!tokens.containsKey(String.valueOf(ctx.request().getHeader("h-token")))) {
                json(ctx, 401, new JsonObject().put("Message", "Phiên làm việc không hợp lệ"));
            } else {
                ctx.next();
            }
        });
        router.post(API + "/CreateOrder").handler(this::create);
        router.post(API + "/orderCancel").handler(this::cancelOrder);
    }

    private void token(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null || !username.equals(body.getString("UserName"))
                || !password.equals(body.getString("Password"))) {
            json(ctx, 401, new JsonObject().put("Message", "Sai tên đăng nhập hoặc mật khẩu"));
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, true);
        json(ctx, 200, new JsonObject().put("Token", token));
    }

    private void create(RoutingContext ctx) {
        JsonObject order = ctx.body().asJsonObject();
        String refusal = refusal(order);
        if (refusal == null) {
            refusal = rejection(ctx.normalizedPath())
                    .map(f -> f.message().isBlank() ? "Đơn hàng không hợp lệ" : f.message()).orElse(null);
        }
        if (refusal != null) {
            json(ctx, 400, new JsonObject().put("Message", refusal));
            return;
        }
        Shipment shipment = take(order.getString("OrderCode"), order.getLong("CodAmountEvaluation", 0L), order,
                () -> Long.toString(orderIds.incrementAndGet()));
        json(ctx, 200, new JsonObject().put("OrderId", shipment.carrierRef).put("OrderCode", shipment.ourRef)
                .put("ItemCode", order.getString("ItemCode")).put("TotalFreightIncludeVatEvaluation", 28_000));
    }

    private String refusal(JsonObject order) {
        if (order == null) {
            return "Dữ liệu đơn hàng trống";
        }
        for (String field : List.of("OrderCode", "ItemCode", "SenderFullname", "SenderTel", "SenderAddress",
                "ReceiverFullname", "ReceiverTel", "ReceiverAddress")) {
            if (order.getString(field, "").isBlank()) {
                return "Thiếu thông tin " + field;
            }
        }
        if (!order.getString("ItemCode").matches("[A-Z]{2}\\d{9}VN")) {
            return "Số hiệu bưu gửi không đúng chuẩn S10";
        }
        long weight = order.getLong("WeightEvaluation", 0L);
        if (weight <= 0 || weight > 30_000) {
            return "Khối lượng phải từ 1 đến 30.000 gram";
        }
        return null;
    }

    private void cancelOrder(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        var shipment = body == null ? null : shipmentByOurRef(body.getString("OrderCode", "")).orElse(null);
        if (shipment == null) {
            json(ctx, 404, new JsonObject().put("Message", "Không tìm thấy đơn hàng"));
        } else if (!cancel(shipment)) {
            json(ctx, 409, new JsonObject().put("Message", "Bưu gửi đã được chuyển đi, không thể hủy"));
        } else {
            json(ctx, 200, new JsonObject().put("Message", "Đã hủy"));
        }
    }

    @Override
    protected List<Step> steps(Shipment s, Life life) {
        String from = s.request.getString("SenderProvinceName", "Tuyên Quang");
        String to = s.request.getString("ReceiverProvinceName", "Hà Nội");
        List<Step> steps = new ArrayList<>(List.of(new Step("7/70", "Bưu cục đã nhận bưu gửi", "Bưu cục " + from, 0, 0),
                new Step("10/", "Đang vận chuyển", "Trung tâm khai thác " + from, 0, 0),
                new Step("11/", "Đến bưu cục phát", "Bưu cục phát " + to, 0, 0),
                new Step("12/", "Đang phát", "Bưu cục phát " + to, 0, 0)));
        if (life != Life.DELIVERED) {
            steps.add(new Step("15/91", "Phát không thành công: người nhận vắng nhà", "Bưu cục phát " + to, 0, 0));
        }
        if (life == Life.RETURNED) {
            steps.addAll(List.of(new Step("16/", "Chờ chuyển hoàn", "Bưu cục phát " + to, 0, 0),
                    new Step("17/", "Đã duyệt hoàn", "Bưu cục phát " + to, 0, 0),
                    new Step("18/", "Đang chuyển hoàn", "Trung tâm khai thác " + to, 0, 0),
                    new Step("19/170", "Đã hoàn trả người gửi", "Bưu cục " + from, 0, 0)));
            return steps;
        }
        if (life == Life.DELIVERED_AFTER_A_FAILED_ATTEMPT) {
            steps.add(new Step("12/", "Đang phát lại", "Bưu cục phát " + to, 0, 0));
        }
        steps.add(new Step("14/100", "Phát thành công", "Bưu cục phát " + to, s.cod, 0));
        if (s.cod > 0) {
            steps.add(new Step("/110", "Đã thu tiền COD", "Bưu cục phát " + to, s.cod, 0));
            steps.add(new Step("21/120", "Đã trả tiền COD cho người gửi", "Bưu cục " + from, s.cod, s.cod));
        }
        return steps;
    }

    @Override
    protected void push(Shipment s, Taken taken) {
        Step step = taken.step();
        String[] codes = step.code().split("/", -1);
        JsonObject data = new JsonObject().put("ItemCode", s.request.getString("ItemCode")).put("OrderCode", s.ourRef)
                .put("StatusName", step.text()).put("PosName", step.place()).put("CodAmount", step.codCollected())
                .put("LastUpdateTime", taken.at().format(TIME))
                .put("IsReturn", List.of("16", "17", "18", "19").contains(codes[0]));
        if (!codes[0].isEmpty()) {
            data.put("StatusId", Integer.parseInt(codes[0]));
        }
        if (!codes[1].isEmpty()) {
            data.put("OrderStatusId", Integer.parseInt(codes[1]));
        }
        String text = data.encode();
        String sent = LocalDateTime.now(VietnamClock.ZONE).format(TIME);
        service.postUnsigned("/webhooks/carriers/vnpost/tracking", new JsonObject().put("Data", text)
                .put("SendDate", sent).put("SignData", VnpostSignature.sign(signingKey.get(), text + sent)).encode());
    }
}
