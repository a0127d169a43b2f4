package vn.chophien.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** The bell in the header and the notifications page, as a browser without JavaScript uses them. */
@QuarkusTest
class NotificationPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Notifications notifications;

    @Test
    void theBellShowsHowManyAreUnreadAndThePageListsThem() {
        TestAccounts.SignedIn seller = TestAccounts.seller();
        TestNotices.send(notifications, seller.id(), "parcel-placed", List.of("CP-111", "2", "90.000 ₫"),
                "/seller/orders/111");
        TestNotices.send(notifications, seller.id(), "parcel-placed", List.of("CP-222", "1", "45.000 ₫"), null);
        TestNotices.awaitTotal(seller.token(), 2);

        given().cookie("chophien_session", seller.token()).get("/").then().statusCode(200)
                .body(containsString("href=\"/notifications\""))
                .body(containsString("aria-label=\"Thông báo, 2 chưa đọc\""))
                .body(containsString("<span class=\"count\">2</span>"));
        given().cookie("chophien_session", seller.token()).header("Accept-Language", "en").get("/").then()
                .body(containsString("aria-label=\"Notifications, 2 unread\""));

        Response page = given().cookie("chophien_session", seller.token()).get("/notifications");
        page.then().statusCode(200).body(containsString("<h1>Thông báo</h1>"))
                .body(containsString("<li class=\"unread\">"))
                .body(containsString("<a href=\"/seller/orders/111\">Đơn hàng mới CP-111: 2 sản phẩm, 90.000 ₫</a>"))
                .body(containsString("<span>Đơn hàng mới CP-222: 1 sản phẩm, 45.000 ₫</span>"))
                .body(containsString("Đánh dấu tất cả đã đọc"));
        String html = page.asString();
        assertTrue(html.indexOf("CP-222") < html.indexOf("CP-111"), "newest first");

        given().redirects().follow(false).cookie("chophien_session", seller.token())
                .cookie("chophien_csrf", page.getCookie("chophien_csrf")).formParam("csrf-token", csrfOf(page))
                .post("/notifications/read-all").then().statusCode(303)
                .header("Location", containsString("/notifications"));

        given().cookie("chophien_session", seller.token()).get("/").then().statusCode(200)
                .body(containsString("aria-label=\"Thông báo\"")).body(not(containsString("class=\"count\"")));
        given().cookie("chophien_session", seller.token()).get("/notifications").then()
                .body(not(containsString("class=\"unread\""))).body(containsString("<li class=\"read\">"))
                .body(not(containsString("Đánh dấu tất cả đã đọc")));
    }

    @Test
    void markingAllReadWithoutTheCsrfTokenIsRefused() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-1", "@status.PLACED"), null);
        TestNotices.awaitTotal(buyer.token(), 1);
        given().redirects().follow(false).cookie("chophien_session", buyer.token())
                .contentType("application/x-www-form-urlencoded").post("/notifications/read-all").then()
                .statusCode(403);
        given().auth().oauth2(buyer.token()).get("/api/notifications").then().statusCode(200)
                .body(containsString("\"unread\":1"));
    }

    @Test
    void theNotificationsPageAsksAnonymousVisitorsToSignIn() {
        given().redirects().follow(false).get("/notifications").then().statusCode(303).header("Location",
                containsString("/login?next=%2Fnotifications"));
        given().get("/").then().statusCode(200).body(not(containsString("class=\"bell\"")));
    }

    @Test
    void aLongListIsPaged() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        int count = NotificationPages.PAGE_SIZE + 1;
        for (int i = 0; i < count; i++) {
            TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-" + i, "@status.PLACED"), null);
        }
        TestNotices.awaitTotal(buyer.token(), count);
        given().cookie("chophien_session", buyer.token()).get("/notifications").then().statusCode(200)
                .body(containsString("Trang 1/2")).body(containsString("href=\"/notifications?page=2\""))
                .body(not(containsString("Đơn CP-0 của bạn")));
        given().cookie("chophien_session", buyer.token()).get("/notifications?page=2").then().statusCode(200)
                .body(containsString("Đơn CP-0 của bạn")).body(containsString("href=\"/notifications\""));
    }

    private static String csrfOf(Response page) {
        Matcher m = CSRF_FIELD.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
}
