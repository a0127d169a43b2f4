package vn.chophien.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/** A VietQR order nobody pays is cancelled after its time, and its boxes go back on sale; a paid one stays. */
@QuarkusTest
class UnpaidOrdersTest {

    @Inject
    UnpaidOrders unpaid;

    @Test
    void unpaidVietQrOrdersAreCancelledAfterTheirTimeAndTheStockReturns() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 10);
        long variant = tea.variantIds().get(0);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long forgotten = TestOrders.place(buyer, TestOrders.order("VIETQR", TestOrders.BA_DINH, variant, 3)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long paid = TestOrders.place(buyer, TestOrders.order("VIETQR", TestOrders.BA_DINH, variant, 2)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long cod = TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, variant, 1)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Thấy trên sao kê\"}").post("/api/admin/orders/" + paid + "/confirm-payment")
                .then().statusCode(200);
        assertEquals(4, TestOrders.stockOf(tea.id(), variant));

        unpaid.cancelOverdue(Instant.now().plus(Duration.ofHours(23)));
        given().auth().oauth2(buyer.token()).get("/api/orders/" + forgotten).then().body("payment.status",
                equalTo("AWAITING_PAYMENT"));

        unpaid.cancelOverdue(Instant.now().plus(Duration.ofHours(25)));
        given().auth().oauth2(buyer.token()).get("/api/orders/" + forgotten).then().body("status", equalTo("CANCELLED"))
                .body("payment.status", equalTo("CANCELLED")).body("sellerOrders[0].timeline[1].by", equalTo("SYSTEM"))
                .body("sellerOrders[0].timeline[1].reason", equalTo("unpaid"));
        given().auth().oauth2(buyer.token()).get("/api/orders/" + paid).then().body("status", equalTo("PLACED"))
                .body("payment.status", equalTo("PAID"));
        given().auth().oauth2(buyer.token()).get("/api/orders/" + cod).then().body("status", equalTo("PLACED"));
        assertEquals(7, TestOrders.stockOf(tea.id(), variant));
    }
}
