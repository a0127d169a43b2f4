package vn.chophien.outbox;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.jboss.logging.Logger;

/**
 * Moves due outbox events to the Camel route of their topic ({@code direct:<topic>}) and records what became of
 * each: delivered, or a failure that makes the event wait (or, at the last attempt, a dead letter). Called by the
 * relay's timer route; safe to run in every copy of the service at once.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Headers every topic route receives, beside the JSON payload as the body. */
    public static final String EVENT_ID = "ChophienOutboxEventId";
    public static final String EVENT_KEY = "ChophienOutboxEventKey";
    public static final String TOPIC = "ChophienOutboxTopic";
    /** Set on an exchange whose failure the delivery policy has written to its event. */
    static final String FAILURE_RECORDED = "ChophienOutboxFailureRecorded";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxConfig config;
    private final ProducerTemplate producer;

    OutboxRelay(OutboxStore store, OutboxConfig config, ProducerTemplate producer) {
        this.store = store;
        this.config = config;
        this.producer = producer;
    }

    /** The route a topic's events are handed to. */
    public static String endpointOf(String topic) {
        return "direct:" + topic;
    }

    /**
     * Claims one batch of due events and delivers them one by one.
     *
     * @return how many were delivered
     */
    public int relayDue() {
        return deliver(store.claimDue(config.batchSize()));
    }

    /** Delivers events this relay has claimed; returns how many were delivered. */
    public int deliver(List<OutboxStore.Claimed> events) {
        List<OutboxStore.Claimed> delivered = new ArrayList<>();
        for (OutboxStore.Claimed event : events) {
            if (deliver(event)) {
                delivered.add(event);
            }
        }
        // One write for the whole batch; a crash before it only means these are delivered again (at least once).
        return store.markDelivered(delivered);
    }

    /** Hands one event to its topic's route; true when it went through without a recorded failure. */
    private boolean deliver(OutboxStore.Claimed event) {
        // block=false: an event whose topic has no route fails at once instead of holding the relay for 30 s
        Exchange done = producer.send(endpointOf(event.topic()) + "?block=false", exchange -> {
            exchange.getMessage().setHeader(EVENT_ID, event.id());
            exchange.getMessage().setHeader(EVENT_KEY, event.key());
            exchange.getMessage().setHeader(TOPIC, event.topic());
            exchange.getMessage().setBody(event.payload());
        });
        if (done.getException() != null) {
            // failed before any route's error policy saw it: no route for this topic
            record(event.id(), event.topic(), done.getException());
            return false;
        }
        if (done.getProperty(FAILURE_RECORDED) != null) {
            return false;
        }
        return true;
    }

    /** The delivery policy's dead letter: the event waits for a later attempt, or becomes FAILED after the last. */
    public void recordFailure(Exchange exchange) {
        exchange.setProperty(FAILURE_RECORDED, true);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Long id = exchange.getMessage().getHeader(EVENT_ID, Long.class);
        if (id == null) {
            // the relay itself failed (the database is away): the events stay pending and are claimed again
            LOG.warnf("The outbox relay failed in route %s: %s", exchange.getProperty(Exchange.FAILURE_ROUTE_ID),
                    describe(cause));
            return;
        }
        record(id, exchange.getMessage().getHeader(TOPIC, String.class), cause);
    }

    private void record(long id, String topic, Throwable cause) {
        OutboxStatus status = store.recordFailure(id, describe(cause)).orElse(null);
        if (status == OutboxStatus.FAILED) {
            LOG.errorf("Outbox event %d (%s) failed for the last time and waits for an admin: %s", id, topic,
                    describe(cause));
        } else if (status == OutboxStatus.PENDING) {
            LOG.warnf("Outbox event %d (%s) failed and will be retried: %s", id, topic, describe(cause));
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

    private static String describe(Throwable e) {
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
