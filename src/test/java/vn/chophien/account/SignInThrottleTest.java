package vn.chophien.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A crowd of guesses, or one address trying one password on many phones, gets no more tries than the limits. */
@QuarkusTest
class SignInThrottleTest {

    @TestHTTPResource("/api/auth/login")
    URL login;

    @Test
    void twoHundredParallelGuessesGetNoMoreThanFiveTries() throws Exception {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String from = TestAccounts.address();
        Map<Integer, Integer> statuses = race(200, i -> request(from, buyer.phone(), "doan-mo-" + i));
        assertTrue(statuses.getOrDefault(401, 0) <= 5, "wrong passwords actually tried: " + statuses);
        assertEquals(200, statuses.getOrDefault(401, 0) + statuses.getOrDefault(429, 0), statuses.toString());
        // even the right password waits now
        given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("phone", buyer.phone(), "password", buyer.password())).post("/api/auth/login").then()
                .statusCode(429);
    }

    @Test
    void refusedTriesDoNotStretchTheWait() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String from = TestAccounts.address();
        for (int i = 0; i < 5; i++) {
            attempt(from, buyer.phone(), "sai-" + i).then().statusCode(401);
        }
        int first = Integer
                .parseInt(attempt(from, buyer.phone(), "sai-5").then().statusCode(429).extract().header("Retry-After"));
        for (int i = 0; i < 20; i++) {
            attempt(from, buyer.phone(), "sai-lai-" + i).then().statusCode(429);
        }
        int later = Integer.parseInt(attempt(TestAccounts.address(), buyer.phone(), buyer.password()).then()
                .statusCode(429).extract().header("Retry-After"));
        assertTrue(later <= first, "a stranger hammering the phone made its owner wait longer: " + later);
        assertTrue(first <= 30, "the first wait is half a minute, not a fixed quarter hour: " + first);
    }

    @Test
    void oneAddressSprayingOnePasswordOverManyPhonesIsStopped() {
        String from = TestAccounts.address();
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            int status = attempt(from, TestAccounts.newPhone(), "123456789").statusCode();
            refused += status == 429 ? 1 : 0;
            assertTrue(status == 401 || status == 429, "status " + status);
        }
        assertEquals(5, refused, "after 20 failures from one address the next tries wait");
        // the owner of a phone, from elsewhere, is not held up by it
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        attempt(TestAccounts.address(), buyer.phone(), buyer.password()).then().statusCode(200);
        // and an address nobody vouches for cannot pose as another: only the proxy's own (127.0.0.1) is believed
    }

    @Test
    void aPasswordIsCountedInBytesAndMustNotBeCommon() {
        // 25 Vietnamese letters of 3 bytes each: 75 bytes, which bcrypt would have cut at 72
        String vietnamese = "ệ".repeat(25);
        register(vietnamese).then().statusCode(400).body("errors.field", contains("password")).body("errors[0].message",
                containsString("72 byte"));
        register("ệ".repeat(24)).then().statusCode(201);
        register("iloveyou").then().statusCode(400).body("errors.field", contains("password")).body("errors[0].message",
                containsString("phổ biến"));
        register("Password1").then().statusCode(400);
        given().header("X-Forwarded-For", TestAccounts.address()).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "password", vietnamese)).post("/api/auth/login").then()
                .statusCode(400).body("errors.field", contains("password"));
    }

    private static Response register(String password) {
        return given().contentType(ContentType.JSON).body(
                Map.of("phone", TestAccounts.newPhone(), "password", password, "name", "Lò Thị Ca", "role", "BUYER"))
                .post("/api/auth/register");
    }

    private static Response attempt(String from, String phone, String password) {
        return given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password)).post("/api/auth/login");
    }

    private HttpRequest request(String from, String phone, String password) {
        return HttpRequest.newBuilder(URI.create(login.toString())).header("Content-Type", "application/json")
                .header("X-Forwarded-For", from).POST(HttpRequest.BodyPublishers
                        .ofString("{\"phone\":\"" + phone + "\",\"password\":\"" + password + "\"}"))
                .build();
    }

    /** Sends all requests at the same moment and counts the answers by status. */
    private static Map<Integer, Integer> race(int n, java.util.function.IntFunction<HttpRequest> requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpRequest request = requests.apply(i);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (Exception e) {
                        return 0;
                    }
                }, pool));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<Integer> call : calls) {
                statuses.merge(call.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
