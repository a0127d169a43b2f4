package vn.chophien.syndication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.integrations.postmart.PostmartChannel;
import vn.chophien.integrations.sendo.SendoChannel;
import vn.chophien.integrations.voso.VosoChannel;

/**
 * The partner simulators the service started for the tests, spoken to over HTTP like the partners they stand for:
 * what they hold of a listing, orders from their shoppers, and failures on request.
 */
public final class TestChannels {

    /** A guard against a hang, not a measure of speed: the build machines are shared. */
    public static final Duration PATIENCE = Duration.ofMinutes(2);

    private TestChannels() {
    }

    public static String postmart() {
        return Arc.container().instance(PostmartChannel.class).get().baseUrl();
    }

    public static String voso() {
        return Arc.container().instance(VosoChannel.class).get().baseUrl();
    }

    public static String sendo() {
        return Arc.container().instance(SendoChannel.class).get().baseUrl();
    }

    /** What Postmart holds of a product (404 until it has it). */
    public static Response atPostmart(long productId) {
        return given().get(postmart() + "/_sim/products/cp-" + productId);
    }

    public static Response atVoso(long productId) {
        return given().get(voso() + "/_sim/listings/cp-" + productId);
    }

    public static Response atSendo(long productId) {
        return given().get(sendo() + "/_sim/products/cp-" + productId);
    }

    /** The product's channels as its seller sees them, by channel code. */
    public static Map<String, String> states(String sellerToken, long productId) {
        JsonPath channels = given().auth().oauth2(sellerToken).get("/api/products/" + productId + "/channels").then()
                .statusCode(200).extract().jsonPath();
        List<String> codes = channels.getList("channel");
        List<String> states = channels.getList("state");
        return IntStream.range(0, codes.size()).boxed().collect(Collectors.toMap(codes::get, states::get));
    }

    /** Waits until every channel shows the product in this state. */
    public static void awaitEverywhere(String sellerToken, long productId, String state) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, String> now = states(sellerToken, productId);
            return now.size() == 3 && now.values().stream().allMatch(state::equals);
        });
    }

    /** Tells a simulator to fail: UNAVAILABLE, SLOW, TIMEOUT, RATE_LIMITED or REJECT, with its details. */
    public static void fault(String simulator, Map<String, Object> fault) {
        given().contentType(ContentType.JSON).body(fault).post(simulator + "/_sim/faults").then().statusCode(204);
    }

    public static void clearFaults(String simulator) {
        given().delete(simulator + "/_sim/faults").then().statusCode(204);
    }

    /** When (epoch ms) the simulator received requests to paths containing {@code path}. */
    public static List<Long> requests(String simulator, String path) {
        return given().queryParam("path", path).get(simulator + "/_sim/requests").then().statusCode(200).extract()
                .jsonPath().getList("at", Long.class);
    }
}
