package vn.chophien.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;
import vn.chophien.notification.FlakyNotifier;
import vn.chophien.notification.Notifications;
import vn.chophien.notification.TestNotices;

/** Events that could not be delivered: kept as dead letters an ADMIN lists and sends again. */
@QuarkusTest
class OutboxDeadLetterTest {

    @Inject
    Notifications notifications;

    @Inject
    FlakyNotifier notifier;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @Test
    void afterTheLastAttemptTheEventIsListedForAnAdminWhoseRetryDeliversIt() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        notifier.breakFor(buyer.id());
        long event = TestNotices.send(notifications, buyer.id(), "parcel-status",
                List.of("CP-DEAD", "@status.DELIVERED"), "/orders/9");
        await().atMost(TestNotices.PATIENCE).until(() -> find(event).status == OutboxStatus.FAILED);
        String admin = TestAccounts.adminToken();

        given().auth().oauth2(admin).get("/api/admin/syndication/failures").then().statusCode(200)
                .body("find { it.id == " + event + " }.topic", equalTo("notification"))
                .body("find { it.id == " + event + " }.key", containsString("notification-"))
                .body("find { it.id == " + event + " }.attempts", equalTo(config.maxAttempts()))
                .body("find { it.id == " + event + " }.lastError", containsString("broken on purpose"))
                .body("find { it.id == " + event + " }.createdAt", not(equalTo(null)));
        assertEquals(0, TestNotices.list(buyer.token()).getInt("total"));
        int triesBeforeRetry = notifier.triesOf(buyer.id()).size();
        assertEquals(config.maxAttempts() * (1 + config.redelivery().maxRedeliveries()), triesBeforeRetry,
                "no attempt after the last");

        notifier.repair(buyer.id());
        given().auth().oauth2(admin).post("/api/admin/syndication/failures/" + event + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));

        TestNotices.awaitTotal(buyer.token(), 1);
        assertEquals("Đơn CP-DEAD của bạn: đã giao", TestNotices.list(buyer.token()).getString("items[0].text"));
        await().atMost(TestNotices.PATIENCE).until(() -> find(event).status == OutboxStatus.DELIVERED);
        given().auth().oauth2(admin).get("/api/admin/syndication/failures").then().statusCode(200).body("id",
                not(hasItem((int) event)));
        given().auth().oauth2(admin).post("/api/admin/syndication/failures/" + event + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theDeadLettersAreForAdminsOnly() {
        given().get("/api/admin/syndication/failures").then().statusCode(401);
        given().post("/api/admin/syndication/failures/1/retry").then().statusCode(401);
        String buyer = TestAccounts.buyer().token();
        given().auth().oauth2(buyer).get("/api/admin/syndication/failures").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(buyer).post("/api/admin/syndication/failures/1/retry").then().statusCode(403);
        given().auth().oauth2(TestAccounts.adminToken()).post("/api/admin/syndication/failures/999999999/retry").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private OutboxEvent find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(OutboxEvent.class, id));
    }
}
