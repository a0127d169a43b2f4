package vn.chophien.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;

/** The recipient's notifications over the API: own only, newest first, read one or all. */
@QuarkusTest
class NotificationResourceTest {

    @Inject
    Notifications notifications;

    @Test
    void listsOwnNotificationsNewestFirstPageByPage() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        for (String code : new String[]{"CP-A", "CP-B", "CP-C"}) {
            TestNotices.send(notifications, buyer.id(), "parcel-status", List.of(code, "@status.PLACED"), null);
        }
        TestNotices.awaitTotal(buyer.token(), 3);

        given().auth().oauth2(buyer.token()).queryParam("size", 2).get("/api/notifications").then().statusCode(200)
                .body("total", equalTo(3)).body("unread", equalTo(3)).body("items", hasSize(2))
                .body("items.text", contains("Đơn CP-C của bạn: đã đặt", "Đơn CP-B của bạn: đã đặt"));
        given().auth().oauth2(buyer.token()).queryParam("size", 2).queryParam("page", 1).get("/api/notifications")
                .then().statusCode(200).body("items.text", contains("Đơn CP-A của bạn: đã đặt"));
    }

    @Test
    void refusesPagesLargerThanAHundred() {
        String token = TestAccounts.buyer().token();
        given().auth().oauth2(token).queryParam("size", 101).get("/api/notifications").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("size", 100).get("/api/notifications").then().statusCode(200);
    }

    @Test
    void marksOneOrAllOfOwnNotificationsRead() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-1", "@status.PLACED"), null);
        TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-2", "@status.PLACED"), null);
        long newest = TestNotices.awaitTotal(buyer.token(), 2).getLong("items[0].id");

        given().auth().oauth2(buyer.token()).post("/api/notifications/" + newest + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        given().auth().oauth2(buyer.token()).get("/api/notifications").then().body("unread", equalTo(1))
                .body("items.read", contains(true, false));
        given().auth().oauth2(buyer.token()).post("/api/notifications/read-all").then().statusCode(200)
                .body("marked", equalTo(1)).body("unread", equalTo(0));
        given().auth().oauth2(buyer.token()).get("/api/notifications").then().body("unread", equalTo(0))
                .body("items.read", contains(true, true));
    }

    @Test
    void someoneElsesNotificationDoesNotExistForYou() {
        TestAccounts.SignedIn owner = TestAccounts.buyer();
        TestAccounts.SignedIn other = TestAccounts.buyer();
        TestNotices.send(notifications, owner.id(), "parcel-status", List.of("CP-1", "@status.PLACED"), null);
        long id = TestNotices.awaitTotal(owner.token(), 1).getLong("items[0].id");

        given().auth().oauth2(other.token()).post("/api/notifications/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other.token()).post("/api/notifications/read-all").then().statusCode(200).body("marked",
                equalTo(0));
        given().auth().oauth2(other.token()).get("/api/notifications").then().body("total", equalTo(0));
        given().auth().oauth2(owner.token()).get("/api/notifications").then().body("unread", equalTo(1));
        given().auth().oauth2(owner.token()).post("/api/notifications/999999999/read").then().statusCode(404);
    }

    @Test
    void anonymousCallersMustSignIn() {
        given().get("/api/notifications").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/notifications/1/read").then().statusCode(401);
        given().post("/api/notifications/read-all").then().statusCode(401);
    }
}
