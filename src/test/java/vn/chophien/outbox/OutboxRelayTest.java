package vn.chophien.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.notification.FlakyNotifier;
import vn.chophien.notification.Notifications;
import vn.chophien.notification.TestNotices;

/** The relay: claims that never overlap, retries that wait longer each time, delivery exactly once per recipient. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Notifications notifications;

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore store;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    FlakyNotifier notifier;

    @Inject
    CamelContext camel;

    @Inject
    EntityManager em;

    @Test
    void aFailingDeliveryIsRetriedWithGrowingWaitsThenDeliveredOnce() {
        int triesPerAttempt = 1 + config.redelivery().maxRedeliveries();
        int failures = 2 * triesPerAttempt + 1; // two attempts fail wholly, the third succeeds on a redelivery
        assertTrue(failures / triesPerAttempt < config.maxAttempts(), "the test needs room before the dead letter");
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        notifier.failNext(buyer.id(), failures);

        long event = TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-R", "@status.PLACED"),
                null);
        JsonPath list = TestNotices.awaitTotal(buyer.token(), 1);

        assertEquals(1, list.getInt("total"));
        assertEquals("Đơn CP-R của bạn: đã đặt", list.getString("items[0].text"));
        OutboxEvent delivered = await().atMost(TestNotices.PATIENCE).until(() -> find(event),
                e -> e.status == OutboxStatus.DELIVERED);
        assertEquals(failures / triesPerAttempt, delivered.attempts);
        assertTrue(delivered.lastError.contains("failing on purpose"), delivered.lastError);

        List<Long> tries = notifier.triesOf(buyer.id());
        assertEquals(failures + 1, tries.size(), "each try once, and one that succeeded");
        // Between two attempts the event waited in the outbox, the second wait about twice the first. Only lower
        // bounds: a busy machine makes every gap longer, never shorter.
        long firstWait = tries.get(triesPerAttempt) - tries.get(triesPerAttempt - 1);
        long secondWait = tries.get(2 * triesPerAttempt) - tries.get(2 * triesPerAttempt - 1);
        long backoff = config.backoff().toNanos();
        assertTrue(firstWait >= backoff * (1 - Backoff.JITTER), "waited " + firstWait / 1_000_000 + " ms");
        assertTrue(secondWait >= 2 * backoff * (1 - Backoff.JITTER), "waited " + secondWait / 1_000_000 + " ms");
        // Within an attempt, Camel redelivered after a short delay.
        long redelivery = tries.get(1) - tries.get(0);
        assertTrue(redelivery >= config.redelivery().delay().toNanos() * 0.8, "redelivered after " + redelivery);
    }

    @Test
    void eachFailureLeavesTheEventWaitingItsBackoffInTheDatabase() throws Exception {
        // the relay stays away meanwhile, so the failures counted are only the test's own
        camel.getRouteController().stopRoute(OutboxRelayRoutes.RELAY);
        try {
            long event = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish("nowhere", "waiting-" + UUID.randomUUID(), Map.of()));
            for (int failures = 1; failures < config.maxAttempts(); failures++) {
                long failedAt = micros("UTC_TIMESTAMP(6)", event);
                assertEquals(Optional.of(OutboxStatus.PENDING), store.recordFailure(event, "down on purpose"));

                long waits = micros("next_attempt_at", event) - failedAt;
                long backoff = Math.min(config.backoff().toNanos() << (failures - 1), config.maxBackoff().toNanos());
                long least = Math.round(backoff / 1000 * (1 - Backoff.JITTER));
                assertTrue(waits >= least,
                        "after failure " + failures + " due in " + waits + " µs, not before " + least + " µs");
            }
        } finally {
            camel.getRouteController().startRoute(OutboxRelayRoutes.RELAY);
        }
    }

    @Test
    void twoRelaysClaimingAtOnceNeverTakeTheSameEvent() throws Exception {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        int count = 40;
        camel.getRouteController().stopRoute(OutboxRelayRoutes.RELAY);
        try {
            Set<Long> ours = new HashSet<>();
            for (int i = 0; i < count; i++) {
                ours.add(TestNotices.send(notifications, buyer.id(), "parcel-status",
                        List.of("CP-" + i, "@status.PLACED"), null));
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService relays = Executors.newFixedThreadPool(2);
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                claims.add(relays.submit(() -> {
                    start.await();
                    List<Long> taken = new ArrayList<>();
                    List<OutboxStore.Claimed> batch;
                    while (!(batch = store.claimDue(Notifications.TOPIC, 7)).isEmpty()) {
                        batch.forEach(c -> taken.add(c.id()));
                        relay.deliver(batch);
                    }
                    return taken;
                }));
            }
            start.countDown();
            List<Long> first = claims.get(0).get(TestNotices.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            List<Long> second = claims.get(1).get(TestNotices.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            relays.shutdown();

            Set<Long> all = new HashSet<>(first);
            for (long id : second) {
                assertTrue(all.add(id), "event " + id + " was claimed by both relays");
            }
            assertEquals(first.size(), new HashSet<>(first).size(), "a relay claimed an event twice");
            assertTrue(all.containsAll(ours), "every event was claimed");
        } finally {
            camel.getRouteController().startRoute(OutboxRelayRoutes.RELAY);
        }
        // awaited: a delivery that failed on the way is the relay's to retry
        assertEquals(count, TestNotices.awaitTotal(buyer.token(), count).getInt("total"), "each event delivered once");
    }

    @Test
    void aClaimNeitherWaitsForNorTakesAnEventWhoseTransactionIsStillOpen() throws Exception {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        int due = 20;
        camel.getRouteController().stopRoute(OutboxRelayRoutes.RELAY);
        ExecutorService feature = Executors.newSingleThreadExecutor();
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch claimDone = new CountDownLatch(1);
        try {
            for (int i = 0; i < due; i++) {
                TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-D" + i, "@status.PLACED"),
                        null);
            }
            // a feature's transaction that has published and is still at work when the relay claims
            Future<Long> open = feature.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long id = notifications.send(buyer.id(), "parcel-status", List.of("CP-OPEN", "@status.PLACED"), null);
                published.countDown();
                claimDone.await(TestNotices.PATIENCE.toSeconds(), TimeUnit.SECONDS);
                return id;
            }));
            assertTrue(published.await(TestNotices.PATIENCE.toSeconds(), TimeUnit.SECONDS));

            List<OutboxStore.Claimed> taken = store.claimDue(Notifications.TOPIC, config.batchSize());
            claimDone.countDown();
            long late = open.get(TestNotices.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertTrue(taken.stream().noneMatch(c -> c.id() == late), "an uncommitted event was claimed");
            relay.deliver(taken);
        } finally {
            claimDone.countDown();
            feature.shutdown();
            camel.getRouteController().startRoute(OutboxRelayRoutes.RELAY);
        }
        assertEquals(due + 1, TestNotices.awaitTotal(buyer.token(), due + 1).getInt("total"));
    }

    @Test
    void anEventWhoseTopicHasNoRouteFailsAtOnceAndBecomesADeadLetter() {
        long event = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish("nowhere", "nowhere-1", Map.of("what", "nothing")));
        OutboxEvent failed = await().atMost(TestNotices.PATIENCE).until(() -> find(event),
                e -> e.status == OutboxStatus.FAILED);
        assertEquals(config.maxAttempts(), failed.attempts);
        assertTrue(failed.lastError.contains("DirectConsumerNotAvailableException"), failed.lastError);
        assertNull(failed.deliveredAt);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> outbox.publish("notification", "k", Map.of()));
    }

    @Test
    void deliveredEventsPastTheirRetentionArePurgedAndOthersKept() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long old = TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-O", "@status.PLACED"),
                null);
        long recent = TestNotices.send(notifications, buyer.id(), "parcel-status", List.of("CP-N", "@status.PLACED"),
                null);
        long deadLetter = QuarkusTransaction.requiringNew().call(() -> outbox.publish("nowhere", "old-dead", Map.of()));
        await().atMost(TestNotices.PATIENCE).until(() -> find(old).status == OutboxStatus.DELIVERED
                && find(recent).status == OutboxStatus.DELIVERED && find(deadLetter).status == OutboxStatus.FAILED);
        Instant longAgo = Instant.now().minus(config.retention()).minus(Duration.ofDays(1));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE outbox_event SET created_at = ?1 WHERE id IN (?2)")
                        .setParameter(1, longAgo).setParameter(2, List.of(old, deadLetter)).executeUpdate());

        relay.purge();

        assertNull(find(old));
        assertNotNull(find(recent));
        assertNotNull(find(deadLetter), "dead letters wait for an admin, however old");
        assertEquals(2, TestNotices.list(buyer.token()).getInt("total"), "the notifications stay");
    }

    /** A time of the database's clock, or of the event's row, in microseconds since 1970. */
    private long micros(String time, long event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', "
                        + time + ") FROM outbox_event WHERE id = ?1").setParameter(1, event).getSingleResult())
                        .longValue());
    }

    private OutboxEvent find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(OutboxEvent.class, id));
    }
}
