package vn.chophien.outbox;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Announces a change from inside the transaction that makes it. The event is a row in the same database, so a
 * change and its announcement commit (or roll back) together, and nothing is lost while a partner is away.
 */
@ApplicationScoped
public class Outbox {

    /** Topics name routes: {@code direct:<topic>}. */
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final EntityManager em;
    private final ObjectMapper json;

    Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Records an event of {@code topic} for the relay. Must run in the caller's transaction (a call outside one
     * fails): if the caller's change rolls back, so does the event.
     *
     * @param key the stable key recipients de-duplicate on (an order code, a product id and version…)
     * @param payload written as JSON with the service's Jackson mapper
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long publish(String topic, String key, Object payload) {
        check(topic, key);
        OutboxEvent event = new OutboxEvent();
        event.topic = topic;
        event.key = key;
        event.payload = write(payload);
        event.status = OutboxStatus.PENDING;
        event.createdAt = Instant.now();
        event.nextAttemptAt = event.createdAt; // due at once; later due times are set on the database's clock
        em.persist(event);
        return event.id;
    }

    /** One event to publish with others in one statement. */
    public record Event(String topic, String key, Object payload) {
    }

    /**
     * Records several events in one statement, in the caller's transaction, for a change announced to several
     * recipients at once (a listing to every channel); cheaper than one insert each when it rides on a checkout.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO outbox_event"
                + " (topic, event_key, payload, status, attempts, next_attempt_at, created_at) VALUES ");
        Instant now = Instant.now();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            check(event.topic(), event.key());
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, 'PENDING', 0, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Event event : events) {
            insert.setParameter(p++, event.topic()).setParameter(p++, event.key())
                    .setParameter(p++, write(event.payload())).setParameter(p++, now).setParameter(p++, now);
        }
        insert.executeUpdate();
    }

    private static void check(String topic, String key) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("Not a topic: " + topic);
        }
        if (key == null || key.isBlank() || key.length() > 190) {
            throw new IllegalArgumentException("An event key is 1 to 190 characters");
        }
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A payload that cannot be written as JSON", e);
        }
    }
}
