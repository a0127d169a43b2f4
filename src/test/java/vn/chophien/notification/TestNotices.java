package vn.chophien.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

/** Notifications sent the way a feature sends them (inside a committed transaction), and waiting for them to land. */
public final class TestNotices {

    /**
     * How long a test waits for the relay before it gives up: a guard against a hang, not a measure of speed, since the
     * build machines are shared and a busy one may be slow to relay.
     */
    public static final Duration PATIENCE = Duration.ofMinutes(2);

    private TestNotices() {
    }

    /** Sends in a transaction of its own that commits; returns the outbox event's id. */
    public static long send(Notifications notifications, long accountId, String key, List<String> args, String link) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.send(accountId, key, args, link));
    }

    /** Waits until the account's list holds {@code total} notifications, and returns it. */
    public static JsonPath awaitTotal(String token, int total) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> list(token).getInt("total") >= total);
        return list(token);
    }

    public static JsonPath list(String token) {
        return given().auth().oauth2(token).get("/api/notifications").then().statusCode(200).extract().jsonPath();
    }
}
