package vn.chophien.syndication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.notification.Notifications;
import vn.chophien.outbox.OutboxRelayRoutes;

/** What an operator watches: each channel's figures, the partner metrics, and readiness that notices a stuck outbox. */
@QuarkusTest
class ChannelOperationsTest {

    @Inject
    CamelContext camel;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void anAdminSeesEachChannelsFiguresOnTheApiAndAPage() {
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/channels").then().statusCode(200)
                .body("channel", hasItems("POSTMART", "SENDO", "VOSO"))
                .body("find { it.channel == 'SENDO' }.name", equalTo("Sendo"))
                .body("find { it.channel == 'SENDO' }.enabled", equalTo(true));
        given().auth().oauth2(TestAccounts.buyer().token()).get("/api/admin/channels").then().statusCode(403);
        given().get("/api/admin/channels").then().statusCode(401);
        given().auth().oauth2(TestAccounts.adminToken()).get("/admin/channels").then().statusCode(200)
                .body(containsString("Postmart")).body(containsString("Các sàn liên kết"));
    }

    @Test
    void partnerCallsAreCountedForPrometheus() {
        TestShops.Shop shop = TestShops.open("HTX Măng " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Măng khô Bắc Quang loại một", "DRIED_GOODS",
                ListingSyncTest.DESCRIPTION, new TestShops.Pack("gói 500 g", 500, 95_000, 12));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");

        String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
        for (String partner : List.of("POSTMART", "VOSO", "SENDO")) {
            assertTrue(
                    metrics.lines()
                            .anyMatch(l -> l.startsWith("chophien_partner_calls_total{")
                                    && l.contains("outcome=\"sent\"") && l.contains("partner=\"" + partner + "\"")),
                    partner);
        }
    }

    @Test
    void readinessFailsWhileAnEventIsDueAndNoRelayTakesIt() throws Exception {
        camel.getRouteController().stopRoute(OutboxRelayRoutes.RELAY);
        long event;
        try {
            TestAccounts.SignedIn buyer = TestAccounts.buyer();
            event = QuarkusTransaction.requiringNew().call(
                    () -> notifications.send(buyer.id(), "parcel-status", List.of("CP-S", "@status.PLACED"), null));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE outbox_event SET next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE WHERE id = ?1")
                    .setParameter(1, event).executeUpdate());
            await().atMost(TestChannels.PATIENCE).until(() -> given().get("/q/health/ready").statusCode() == 503);
            given().get("/q/health/ready").then().body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"));
        } finally {
            camel.getRouteController().startRoute(OutboxRelayRoutes.RELAY);
        }
        await().atMost(TestChannels.PATIENCE).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
