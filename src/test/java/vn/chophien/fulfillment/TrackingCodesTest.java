package vn.chophien.fulfillment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.fulfillment.parcel.S10;
import vn.chophien.fulfillment.parcel.TrackingCodes;

/**
 * Tracking codes from the database's serial: many threads, and two transactions open at once as two copies of the
 * service would have them, never get the same code.
 */
@QuarkusTest
class TrackingCodesTest {

    private static final String NEXT = "INSERT INTO tracking_serial (service_letters, n) VALUES ('ZT', LAST_INSERT_ID(1))"
            + " ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)";

    @Inject
    TrackingCodes codes;

    @Inject
    EntityManager em;

    @Test
    void manyThreadsIssueManyCodesAndNoTwoAreAlike() throws Exception {
        Set<String> issued = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String code = codes.issue();
                        assertTrue(S10.valid(code), code);
                        assertTrue(issued.add(code), "issued twice: " + code);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(400, issued.size());
    }

    @Test
    void twoOpenTransactionsTakeDifferentSerials() throws Exception {
        CountDownLatch firstTook = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long n = next();
                firstTook.countDown();
                Thread.sleep(300); // still open while the other copy asks
                return n;
            }));
            assertTrue(firstTook.await(30, TimeUnit.SECONDS));
            Future<Long> second = pool.submit(() -> QuarkusTransaction.requiringNew().call(this::next));
            long a = first.get(30, TimeUnit.SECONDS);
            long b = second.get(30, TimeUnit.SECONDS);
            assertEquals(a + 1, b, "the second waits for the first and takes the next number");
        } finally {
            pool.shutdownNow();
        }
    }

    private long next() {
        em.createNativeQuery(NEXT).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }
}
