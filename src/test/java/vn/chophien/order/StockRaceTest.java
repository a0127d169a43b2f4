package vn.chophien.order;

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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/** A harvest campaign: many buyers at once for a few boxes. Exactly the stock is sold, never more, never below zero. */
@QuarkusTest
class StockRaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/orders")
    URL orders;

    @Test
    void manyBuyersAtOnceBuyExactlyTheStockAndTheRestAreToldWhatIsLeft() throws Exception {
        String word = TestShops.word();
        TestShops.Listing box = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG),
                "Cam Vàng " + word, "FRUIT", "", new Pack("thùng 10 kg", 10_000, 450_000, 12));
        long variant = box.variantIds().get(0);
        // three tries each: a buyer may hold three open cash-on-delivery orders
        List<TestAccounts.SignedIn> buyers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            buyers.add(TestAccounts.buyer());
        }
        int attempts = 48;
        List<HttpResponse<String>> answers = race(attempts, i -> {
            TestAccounts.SignedIn buyer = buyers.get(i % buyers.size());
            return request(buyer, TestOrders.order("COD", TestOrders.BA_DINH, variant, 1));
        });

        long sold = answers.stream().filter(r -> r.statusCode() == 201).count();
        long refused = answers.stream().filter(r -> r.statusCode() == 409).count();
        assertEquals(12, sold, "exactly the stock is sold");
        assertEquals(attempts - 12, refused, "everyone else is told it is gone, and nothing else goes wrong");
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                JsonNode problem = JSON.readTree(answer.body());
                assertEquals("https://chophien.vn/problems/stock-short", problem.get("type").asText());
                assertEquals(variant, problem.get("shortages").get(0).get("variantId").asLong());
                assertEquals(0, problem.get("shortages").get(0).get("available").asInt());
            }
        }
        assertEquals(0, TestOrders.stockOf(box.id(), variant));
    }

    @Test
    void anOrderWithOneShortLineReservesNothingAtAll() throws Exception {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing plenty = TestShops.published(shop, "Gạo " + word, "RICE_GRAINS", "",
                new Pack("túi 5 kg", 5000, 150_000, 40));
        TestShops.Listing scarce = TestShops.published(shop, "Mật ong " + word, "HONEY", "",
                new Pack("chai", 800, 250_000, 2));
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request(buyer, TestOrders.order("COD",
                TestOrders.BA_DINH, plenty.variantIds().get(0), 10, scarce.variantIds().get(0), 3)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, answer.statusCode());
        JsonNode shortages = JSON.readTree(answer.body()).get("shortages");
        assertEquals(1, shortages.size(), answer.body());
        assertEquals(scarce.variantIds().get(0), shortages.get(0).get("variantId").asLong());
        assertEquals(3, shortages.get(0).get("requested").asInt());
        assertEquals(2, shortages.get(0).get("available").asInt());
        assertEquals(40, TestOrders.stockOf(plenty.id(), plenty.variantIds().get(0)), "nothing was held");
        assertEquals(2, TestOrders.stockOf(scarce.id(), scarce.variantIds().get(0)));
    }

    @Test
    void ordersCrossingTheSamePackSizesInOppositeOrderNeverDeadlock() throws Exception {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        long a = TestShops.published(shop, "Chè " + word, 90_000, 100).variantIds().get(0);
        TestShops.Listing second = TestShops.published(shop, "Trà " + word, 80_000, 100);
        long b = second.variantIds().get(0);
        // ten buyers with three orders each (the most open cash-on-delivery orders one buyer may hold)
        List<TestAccounts.SignedIn> buyers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buyers.add(TestAccounts.buyer());
        }
        List<HttpResponse<String>> answers = race(30,
                i -> request(buyers.get(i % buyers.size()),
                        i % 2 == 0
                                ? TestOrders.order("COD", TestOrders.BA_DINH, a, 1, b, 1)
                                : TestOrders.order("COD", TestOrders.BA_DINH, b, 1, a, 1)));
        assertTrue(answers.stream().allMatch(r -> r.statusCode() == 201),
                () -> answers.stream().map(HttpResponse::body).toList().toString());
        assertEquals(70, TestOrders.stockOf(second.id(), b));
    }

    private HttpRequest request(TestAccounts.SignedIn buyer, Map<String, Object> body) {
        try {
            return HttpRequest.newBuilder(URI.create(orders.toString()))
                    .header("Authorization", "Bearer " + buyer.token()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends all the requests at the same moment from as many threads, and returns every answer. */
    private static List<HttpResponse<String>> race(int n, IntFunction<HttpRequest> requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpRequest request = requests.apply(i);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
