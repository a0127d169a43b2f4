package vn.chophien.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.catalog.TestShops.Pack;
import vn.chophien.order.TestOrders;
import vn.chophien.web.ProblemException;

/**
 * The stock guard itself, below checkout's early refusal: whatever a request believed it saw, the conditional update
 * takes only what is there, all lines or none.
 */
@QuarkusTest
class StockTest {

    @Inject
    Stock stock;

    @Test
    void concurrentReservationsNeverTakeMoreThanThereIs() throws Exception {
        String word = TestShops.word();
        TestShops.Listing box = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Cam " + word,
                450_000, 7);
        long variant = box.variantIds().get(0);
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                try {
                    QuarkusTransaction.requiringNew().run(() -> stock.reserve(Map.of(variant, 1)));
                    taken.incrementAndGet();
                } catch (ProblemException e) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        assertEquals(7, taken.get());
        assertEquals(17, refused.get());
        assertEquals(0, TestOrders.stockOf(box.id(), variant));
    }

    @Test
    void aShortLineTakesNothingAndSaysWhatThereIs() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing rice = TestShops.published(shop, "Gạo " + word, "RICE_GRAINS", "",
                new Pack("túi 5 kg", 5000, 150_000, 40));
        TestShops.Listing honey = TestShops.published(shop, "Mật ong " + word, "HONEY", "",
                new Pack("chai", 800, 250_000, 2));
        ProblemException short_ = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> stock.reserve(Map.of(rice.variantIds().get(0), 10, honey.variantIds().get(0), 3))));
        assertEquals(409, short_.status());
        assertEquals(List.of(new Shortage(honey.variantIds().get(0), 3, 2)), short_.extensions().get("shortages"));
        assertEquals(40, TestOrders.stockOf(rice.id(), rice.variantIds().get(0)), "the other line was given back");
        assertEquals(2, TestOrders.stockOf(honey.id(), honey.variantIds().get(0)));
    }
}
