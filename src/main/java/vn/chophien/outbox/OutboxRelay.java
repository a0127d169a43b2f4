package vn.chophien.outbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.jboss.logging.Logger;

/**
 * Moves due outbox events to the Camel route of their topic ({@code direct:<topic>}) and records what became of
 * each: delivered, or a failure that makes the event wait (or, at the last attempt, a dead letter). Each topic is a
 * lane of its own, drained by one thread at a time, so a flood of listing updates for one partner never holds up
 * another partner or a buyer's notification. Called by the relay's timer route; safe to run in every copy of the
 * service at once.
 * <p>
 * A topic's route receives a batch: the body is the {@code List<}{@link OutboxStore.Claimed}{@code >} of one claim, in
 * due order, so it may coalesce events of the same key. A route that fails for some events records that through the
 * delivery policy's dead letter ({@link #recordFailure}); the others are marked delivered when it returns.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Headers a topic route may set on the exchange of one event (after a split), beside the batch as the body. */
    public static final String EVENT_ID = "ChophienOutboxEventId";
    public static final String EVENT_KEY = "ChophienOutboxEventKey";
    public static final String TOPIC = "ChophienOutboxTopic";
    /** An exchange property: the ids of the events an exchange carries (a chunk of a batch), when not one. */
    public static final String EVENT_IDS = "ChophienOutboxEventIds";
    /** An exchange property: a failure no retry can cure (the recipient refused what we sent). */
    public static final String PERMANENT = "ChophienOutboxPermanentFailure";
    /** An exchange property: the recipient asked us to wait this long ({@link Duration}) before trying again. */
    public static final String RETRY_AFTER = "ChophienOutboxRetryAfter";
    /** An exchange property: why it failed in the recipient's own words, when a route knows them (a refusal). */
    public static final String REASON = "ChophienOutboxFailureReason";
    /** Set on an exchange whose failure the delivery policy has written to its events. */
    static final String FAILURE_RECORDED = "ChophienOutboxFailureRecorded";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxConfig config;
    private final ProducerTemplate producer;
    private final CamelContext camel;
    private final Event<DeadLettered> deadLettered;
    private final Set<String> draining = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService lanes;

    OutboxRelay(OutboxStore store, OutboxConfig config, ProducerTemplate producer, CamelContext camel,
            Event<DeadLettered> deadLettered) {
        this.deadLettered = deadLettered;
        this.store = store;
        this.config = config;
        this.producer = producer;
        this.camel = camel;
    }

    /** The route a topic's events are handed to. */
    public static String endpointOf(String topic) {
        return "direct:" + topic;
    }

    /**
     * Starts draining every topic that has due events and is not being drained already; returns at once. Each drain
     * claims batch after batch until its topic has nothing due.
     *
     * @return how many topics started draining
     */
    public int relayDue() {
        int started = 0;
        for (OutboxStore.TopicDue topic : store.pendingTopics()) {
            if (topic.due() && draining.add(topic.topic())) {
                try {
                    lanes().execute(() -> drain(topic.topic()));
                    started++;
                } catch (RejectedExecutionException stopping) {
                    draining.remove(topic.topic());
                }
            }
        }
        return started;
    }

    private void drain(String topic) {
        try {
            List<OutboxStore.Claimed> batch;
            do {
                batch = store.claimDue(topic, config.batchSize());
                if (!batch.isEmpty()) {
                    deliver(batch);
                }
            } while (batch.size() == config.batchSize() && camel.getStatus().isStarted());
        } catch (RuntimeException e) {
            // the database is away: the events stay pending and are claimed again on a later tick
            LOG.warnf("The outbox relay could not drain %s: %s", topic, describe(e));
        } finally {
            draining.remove(topic);
        }
    }

    private ExecutorService lanes() {
        if (lanes == null) {
            synchronized (this) {
                if (lanes == null) {
                    lanes = camel.getExecutorServiceManager().newFixedThreadPool(this, "outbox-lane", config.lanes());
                }
            }
        }
        return lanes;
    }

    /**
     * Delivers events this relay has claimed, a batch per topic; returns how many were delivered.
     */
    public int deliver(List<OutboxStore.Claimed> events) {
        int delivered = 0;
        for (List<OutboxStore.Claimed> batch : events.stream()
                .collect(Collectors.groupingBy(OutboxStore.Claimed::topic, LinkedHashMap::new, Collectors.toList()))
                .values()) {
            delivered += deliverBatch(batch);
        }
        return delivered;
    }

    /** Hands one topic's batch to its route, then marks delivered every event no failure was recorded for. */
    private int deliverBatch(List<OutboxStore.Claimed> batch) {
        String topic = batch.get(0).topic();
        // block=false: an event whose topic has no route fails at once instead of holding the relay for 30 s
        Exchange done = producer.send(endpointOf(topic) + "?block=false", exchange -> {
            exchange.setProperty(TOPIC, topic); // a property: routes calling partners drop the headers
            exchange.getMessage().setHeader(TOPIC, topic);
            exchange.getMessage().setBody(batch);
        });
        if (done.getException() != null) {
            // failed before any route's error policy saw it: no route for this topic
            batch.forEach(event -> record(event.id(), topic, describe(done.getException()),
                    OutboxStore.Failure.TRANSIENT, Duration.ZERO));
            return 0;
        }
        // One write for the whole batch; a crash before it only means these are delivered again (at least once).
        // An event whose failure was recorded meanwhile has moved on (attempts, status) and is left alone.
        return store.markDelivered(batch);
    }

    /**
     * The delivery policy's dead letter: the events of the failed exchange wait for a later attempt (at least as long
     * as the recipient asked), become FAILED after the last, or at once when the failure is permanent.
     */
    public void recordFailure(Exchange exchange) {
        exchange.setProperty(FAILURE_RECORDED, true);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        List<?> ids = exchange.getProperty(EVENT_IDS, List.class);
        Long id = exchange.getMessage().getHeader(EVENT_ID, Long.class);
        if (ids == null && id != null) {
            ids = List.of(id);
        }
        if (ids == null || ids.isEmpty()) {
            // the relay itself failed (the database is away): the events stay pending and are claimed again
            LOG.warnf("The outbox relay failed in route %s: %s", exchange.getProperty(Exchange.FAILURE_ROUTE_ID),
                    describe(cause));
            return;
        }
        OutboxStore.Failure failure = Boolean.TRUE.equals(exchange.getProperty(PERMANENT, Boolean.class))
                ? OutboxStore.Failure.PERMANENT
                : OutboxStore.Failure.TRANSIENT;
        Duration notBefore = exchange.getProperty(RETRY_AFTER, Duration.ZERO, Duration.class);
        String topic = exchange.getProperty(TOPIC, String.class);
        String reason = exchange.getProperty(REASON, String.class);
        String why = reason == null || reason.isBlank() ? describe(cause) : reason;
        for (Object each : ids) {
            record(((Number) each).longValue(), topic, why, failure, notBefore);
        }
    }

    private void record(long id, String topic, String why, OutboxStore.Failure failure, Duration notBefore) {
        OutboxStatus status = store.recordFailure(id, why, failure, notBefore).orElse(null);
        if (status == OutboxStatus.FAILED) {
            store.keyOf(id).ifPresent(key -> deadLettered.fire(new DeadLettered(id, topic, key, why)));
            LOG.errorf("Outbox event %d (%s) failed %s and waits for an admin: %s", id, topic,
                    failure == OutboxStore.Failure.PERMANENT ? "for good" : "for the last time", why);
        } else if (status == OutboxStatus.PENDING) {
            LOG.warnf("Outbox event %d (%s) failed and will be retried: %s", id, topic, why);
        }
    }

    /** Deletes delivered events past their retention. */
    public void purge() {
        int deleted;
        int total = 0;
        do {
            deleted = store.purgeChunk();
            total += deleted;
        } while (deleted == OutboxStore.PURGE_CHUNK);
        if (total > 0) {
            LOG.infof("Purged %d delivered outbox events", total);
        }
    }

    /** The innermost cause, as a recipient's failure is recorded and shown: "ConnectException: refused". */
    public static String describe(Throwable e) {
        if (e == null) {
            return "unknown failure";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
