package vn.chophien.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.order.TestOrders;
import vn.chophien.web.WebhookSignature;

/** A buyer pays by VietQR; the bank's signed notice of the transfer marks the order paid, and only a genuine one. */
@QuarkusTest
class BankCreditWebhookTest {

    static final String SECRET = "test-bank-webhook-secret";

    @Inject
    AgroalDataSource database;

    @Test
    void aVietQrOrderShowsItsCodeAndAMatchingTransferPaysIt() throws Exception {
        Order order = vietQrOrder();
        assertEquals("AWAITING_PAYMENT", order.json.getString("payment.status"));
        String payload = order.json.getString("payment.vietqrPayload");
        assertEquals(true, payload.contains("0208QRIBFTTA"));
        assertEquals(true, payload.contains("0810" + order.code));
        assertEquals("0011001932418", order.json.getString("payment.bankAccount.accountNumber"));
        assertEquals(order.total, order.json.getLong("payment.bankAccount.amountVnd"));

        byte[] png = given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id + "/vietqr.png").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals(payload, decode(png), "the QR image carries the payload");

        // banks upper-case, squeeze and prefix what the payer typed
        String content = "MBVCB.1234567.chuyen tien " + order.code.substring(0, 5).toLowerCase() + " "
                + order.code.substring(5).toLowerCase() + ".CT tu 0912345678";
        String reference = "FT" + UUID.randomUUID();
        notice(credit(order.total, content, reference)).then().statusCode(202).body("status", equalTo("MATCHED"));
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then()
                .body("payment.status", equalTo("PAID")).body("payment.vietqrPayload", equalTo(null));
        // the bank sends the same notice again: nothing changes, nothing is recorded twice
        notice(credit(order.total, content, reference)).then().statusCode(202).body("status", equalTo("MATCHED"));
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/bank-credits").then().statusCode(200)
                .body("findAll { it.reference == '" + reference + "' }.size()", equalTo(1));
    }

    @Test
    void forgedOrStaleNoticesAreRefusedAndRecordNothing() {
        Order order = vietQrOrder();
        String reference = "FT" + UUID.randomUUID();
        String body = credit(order.total, order.code, reference);
        long now = Instant.now().getEpochSecond();
        send(body, WebhookSignature.header("not-the-secret", now, bytes(body))).then().statusCode(401)
                .contentType("application/problem+json");
        send(body, WebhookSignature.header(SECRET, now - 301, bytes(body))).then().statusCode(401).body("type",
                equalTo("https://chophien.vn/problems/signature-stale"));
        send(body, WebhookSignature.header(SECRET, now, bytes(body.replace(order.code, "CPAAAAAAAA")))).then()
                .statusCode(401);
        send(body, null).then().statusCode(401);
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/bank-credits").then().body("reference",
                not(hasItem(reference)));
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then().body("payment.status",
                equalTo("AWAITING_PAYMENT"));
    }

    @Test
    void aTransferBelowTheTotalIsRecordedAsPartAndTheOrderStaysUnpaid() {
        Order order = vietQrOrder();
        String first = "FT" + UUID.randomUUID();
        notice(credit(order.total - 1000, "thanh toan " + order.code, first)).then().statusCode(202).body("status",
                equalTo("MATCHED"));
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then()
                .body("payment.status", equalTo("AWAITING_PAYMENT"))
                .body("payment.paidVnd", equalTo((int) (order.total - 1000)))
                .body("payment.bankAccount.amountVnd", equalTo(1000));
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/bank-credits").then()
                .body("find { it.reference == '" + first + "' }.outcome", equalTo("PARTIAL"));
        // the rest arrives: now it is paid, exactly
        String rest = "FT" + UUID.randomUUID();
        notice(credit(1000, order.code, rest)).then().statusCode(202).body("status", equalTo("MATCHED"));
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then()
                .body("payment.status", equalTo("PAID")).body("payment.surplusVnd", equalTo(0));
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/bank-credits").then()
                .body("find { it.reference == '" + rest + "' }.outcome", equalTo("EXACT"));
    }

    @Test
    void aTransferAboveTheTotalPaysAndFlagsTheSurplusForRefund() {
        Order order = vietQrOrder();
        notice(credit(order.total + 50_000, order.code, "FT" + UUID.randomUUID())).then().statusCode(202);
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then()
                .body("payment.status", equalTo("PAID")).body("payment.surplusVnd", equalTo(50_000));
    }

    @Test
    void aTransferThatMatchesNoOrderWaitsForAnAdminWhoAssignsIt() {
        Order order = vietQrOrder();
        String reference = "FT" + UUID.randomUUID();
        // the payer forgot the code
        long credit = notice(credit(order.total, "chuyen tien mua che", reference)).then().statusCode(202)
                .body("status", equalTo("UNMATCHED")).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/bank-credits?status=UNMATCHED").then()
                .statusCode(200).body("reference", hasItem(reference));
        given().auth().oauth2(order.buyer.token()).get("/api/admin/bank-credits").then().statusCode(403);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body("{\"orderCode\":\"" + order.code + "\"}").post("/api/admin/bank-credits/" + credit + "/assign")
                .then().statusCode(200).body("status", equalTo("ASSIGNED"));
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then().body("payment.status",
                equalTo("PAID"));
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body("{\"orderCode\":\"" + order.code + "\"}").post("/api/admin/bank-credits/" + credit + "/assign")
                .then().statusCode(409);
    }

    @Test
    void anAdminAssigningTooSmallATransferDoesNotMakeTheOrderPaid() {
        Order order = vietQrOrder();
        long credit = notice(credit(order.total / 2, "chuyen tien", "FT" + UUID.randomUUID())).then().statusCode(202)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body("{\"orderCode\":\"" + order.code + "\"}").post("/api/admin/bank-credits/" + credit + "/assign")
                .then().statusCode(200).body("outcome", equalTo("PARTIAL"));
        given().auth().oauth2(order.buyer.token()).get("/api/orders/" + order.id).then().body("payment.status",
                equalTo("AWAITING_PAYMENT"));
    }

    @Test
    void anAdminConfirmsAPaymentSeenElsewhereSayingWhy() throws Exception {
        Order order = vietQrOrder();
        String confirm = "/api/admin/orders/" + order.id + "/confirm-payment";
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).post(confirm).then()
                .statusCode(400);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Thấy trên sao kê ngày 02/12\"}").post(confirm).then().statusCode(200)
                .body("payment.status", equalTo("PAID"));
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body("{\"reason\": \"lần nữa\"}")
                .post(confirm).then().statusCode(409);
        given().auth().oauth2(order.buyer.token()).contentType(ContentType.JSON).body("{\"reason\": \"tôi trả rồi\"}")
                .post(confirm).then().statusCode(403);
        try (var c = database.getConnection();
                var q = c.prepareStatement(
                        "SELECT payment_confirmed_by, payment_confirmation FROM orders WHERE id = ?")) {
            q.setLong(1, order.id);
            try (var row = q.executeQuery()) {
                row.next();
                assertEquals(given().auth().oauth2(TestAccounts.adminToken()).get("/api/me").then().extract().jsonPath()
                        .getLong("id"), row.getLong(1));
                assertEquals("Thấy trên sao kê ngày 02/12", row.getString(2));
            }
        }
    }

    @Test
    void badNoticesAreTold() {
        String body = "{\"amountVnd\": -5, \"content\": \"x\", \"reference\": \"\", \"receivedAt\": \"2026-12-01T08:00:00Z\"}";
        send(body, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), bytes(body))).then().statusCode(400)
                .body("errors.field", hasItem("amountVnd"));
        String broken = "{\"amountVnd\": ";
        send(broken, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), bytes(broken))).then()
                .statusCode(400);
    }

    private record Order(TestAccounts.SignedIn buyer, long id, String code, long total, JsonPath json) {
    }

    private static Order vietQrOrder() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 10);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        JsonPath json = TestOrders
                .place(buyer, TestOrders.order("VIETQR", TestOrders.BA_DINH, tea.variantIds().get(0), 1)).then()
                .statusCode(201).extract().jsonPath();
        return new Order(buyer, json.getLong("id"), json.getString("code"), json.getLong("totalVnd"), json);
    }

    private static String credit(long amount, String content, String reference) {
        return "{\"amountVnd\": " + amount + ", \"content\": \"" + content + "\", \"reference\": \"" + reference
                + "\", \"receivedAt\": \"" + Instant.now() + "\"}";
    }

    private static Response notice(String body) {
        return send(body, WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), bytes(body)));
    }

    private static Response send(String body, String signature) {
        var request = given().contentType(ContentType.JSON).body(bytes(body));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return request.post("/webhooks/bank/credits");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
