package vn.chophien.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/**
 * A campaign link shared in a group chat brings a crowd to one shop at the moment its cached pages were cleared, more
 * buyers at once than the service has database connections: every one of them gets the page, none waits for a
 * connection that a buyer queued behind them is holding.
 */
@QuarkusTest
class CrowdTest {

    private static final int VISITORS = 48;
    private static final int SIGNED_IN = 48;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aCrowdOnAFreshlyChangedShopIsServedInFull() throws Exception {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX Cam " + word, TestShops.BAC_QUANG);
        TestShops.published(shop, "Cam Vàng " + word, 350_000, 300);
        TestShops.published(shop, "Cam sành " + word, 250_000, 300);
        String buyer = TestAccounts.buyer().token();

        for (int round = 0; round < 3; round++) {
            // each round starts on cleared caches, as after a seller changes a price in the middle of a campaign
            TestShops.published(shop, "Quýt " + word + " " + round, 90_000, 50);
            Map<Integer, Integer> statuses = crowd(URI.create(base + "s/" + shop.slug()), buyer, "Cam Vàng " + word);
            assertEquals(Map.of(200, VISITORS + SIGNED_IN), statuses, "statuses of the crowd in round " + round);
        }
    }

    /** Everyone asks at once; the answer counts responses by status (0 for one that never came). */
    private static Map<Integer, Integer> crowd(URI page, String buyerToken, String expected) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(VISITORS + SIGNED_IN);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < VISITORS + SIGNED_IN; i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60));
                if (i % 2 == 1) {
                    request.header("Cookie", "chophien_session=" + buyerToken);
                }
                answers.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                    if (e != null) {
                        return 0;
                    }
                    assertTrue(r.statusCode() != 200 || r.body().contains(expected),
                            "the shop page lists its products");
                    return r.statusCode();
                }));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<Integer> answer : answers) {
                statuses.merge(answer.join(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
