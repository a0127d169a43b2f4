package vn.chophien.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.outbox.OutboxEvent;
import vn.chophien.outbox.OutboxStatus;

/** Sending a notification from inside a feature's transaction, and what its recipient then reads. */
@QuarkusTest
class NotificationsTest {

    @Inject
    Notifications notifications;

    @Inject
    InAppNotifier inApp;

    @Inject
    EntityManager em;

    @Test
    void aCommittedNotificationReachesItsRecipientInTheirLanguage() {
        TestAccounts.SignedIn seller = TestAccounts.seller();
        long event = TestNotices.send(notifications, seller.id(), "parcel-placed", List.of("CP-7K2Q", "3", "450.000 ₫"),
                "/seller/orders/17");

        JsonPath list = TestNotices.awaitTotal(seller.token(), 1);
        assertEquals(1, list.getInt("total"));
        assertEquals(1, list.getInt("unread"));
        assertEquals("Đơn hàng mới CP-7K2Q: 3 sản phẩm, 450.000 ₫", list.getString("items[0].text"));
        assertEquals("/seller/orders/17", list.getString("items[0].link"));
        assertEquals(false, list.getBoolean("items[0].read"));
        assertNotNull(list.getString("items[0].createdAt"));
        assertEquals(Set.of("id", "text", "link", "createdAt", "read"), list.getMap("items[0]").keySet());

        given().auth().oauth2(seller.token()).header("Accept-Language", "en").get("/api/notifications").then()
                .statusCode(200).body("items[0].text", equalTo("New order CP-7K2Q: 3 items, 450.000 ₫"));
        // the notification is kept before its event is marked delivered, in a transaction of its own
        OutboxEvent delivered = await().atMost(TestNotices.PATIENCE).until(
                () -> QuarkusTransaction.requiringNew().call(() -> em.find(OutboxEvent.class, event)),
                e -> e.status == OutboxStatus.DELIVERED);
        assertNotNull(delivered.deliveredAt);
    }

    @Test
    void aNotificationSentInATransactionThatRollsBackIsNeverDelivered() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        AtomicLong rolledBack = new AtomicLong();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack.set(notifications.send(buyer.id(), "parcel-status", List.of("CP-ROLLBACK", "@status.CANCELLED"),
                    "/orders/1"));
            throw new IllegalStateException("the order could not be saved");
        }));
        // A later notification to the same account is relayed after the first would have been.
        TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-COMMIT", "@status.CONFIRMED"),
                "/orders/2");

        JsonPath list = TestNotices.awaitTotal(buyer.token(), 1);
        assertEquals(1, list.getInt("total"));
        assertEquals("Đơn CP-COMMIT của bạn: người bán đã xác nhận", list.getString("items[0].text"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> em.find(OutboxEvent.class, rolledBack.get())));
    }

    @Test
    void sendingOutsideATransactionIsRefused() {
        long account = TestAccounts.buyer().id();
        assertThrows(TransactionalException.class,
                () -> notifications.send(account, "parcel-status", List.of("CP-1", "@status.PLACED"), null));
    }

    @Test
    void argumentsNamingAKeyAreTranslatedAndUnknownKeysReadAsTheFallback() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-9", "@status.IN_TRANSIT"), null);
        TestNotices.send(notifications, buyer.id(), "something-not-yet-written", List.of("x"), null);
        TestNotices.awaitTotal(buyer.token(), 2);

        given().auth().oauth2(buyer.token()).get("/api/notifications").then().statusCode(200).body("items.text",
                contains("Bạn có thông báo mới.", "Đơn CP-9 của bạn: đang vận chuyển"));
        given().auth().oauth2(buyer.token()).header("Accept-Language", "en").get("/api/notifications").then()
                .statusCode(200)
                .body("items.text", contains("You have a new notification.", "Your order CP-9: in transit"));
    }

    @Test
    void aLinkMustStayOnTheSite() {
        long account = TestAccounts.buyer().id();
        for (String link : new String[]{"https://evil.example/", "//evil.example/", "orders/1"}) {
            assertThrows(IllegalArgumentException.class, () -> TestNotices.send(notifications, account, "parcel-status",
                    List.of("CP-1", "@status.PLACED"), link));
        }
    }

    @Test
    void aRedeliveredEventAddsNoSecondNotification() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long event = TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-2", "@status.PLACED"),
                null);
        TestNotices.awaitTotal(buyer.token(), 1);

        inApp.deliver(
                new Notice(event, buyer.id(), "parcel-status", List.of("CP-2", "@status.PLACED"), null, Instant.now()));
        inApp.deliver(
                new Notice(event, buyer.id(), "parcel-status", List.of("CP-2", "@status.PLACED"), null, Instant.now()));
        assertEquals(1, TestNotices.list(buyer.token()).getInt("total"));
    }
}
