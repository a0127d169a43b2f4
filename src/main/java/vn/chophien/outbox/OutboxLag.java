package vn.chophien.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * How far behind each topic's recipients are, read from the outbox that every copy of the service shares: how many
 * events wait, how old the oldest is, and how long the most overdue has been due. Read at most every few seconds
 * (metrics scrapes, readiness probes and admin pages ask often; the answer moves slowly).
 */
@ApplicationScoped
public class OutboxLag {

    /** One topic's backlog. {@code overdue} is zero while nothing is due (all waiting out a backoff). */
    public record Backlog(String topic, long pending, Duration oldest, Duration overdue) {
    }

    static final Duration FRESH = Duration.ofSeconds(3);

    private final EntityManager em;
    private volatile Map<String, Backlog> last = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    OutboxLag(EntityManager em) {
        this.em = em;
    }

    /** Every topic with pending events, by topic. */
    public Map<String, Backlog> backlogs() {
        if (Instant.now().isAfter(readAt.plus(FRESH))) {
            last = read().stream().collect(Collectors.toMap(Backlog::topic, b -> b));
            readAt = Instant.now();
        }
        return last;
    }

    public Backlog of(String topic) {
        return backlogs().getOrDefault(topic, new Backlog(topic, 0, Duration.ZERO, Duration.ZERO));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Backlog> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("SELECT topic, COUNT(*)," + " TIMESTAMPDIFF(MICROSECOND, MIN(created_at), "
                        + OutboxStore.DB_NOW + ")," + " TIMESTAMPDIFF(MICROSECOND, MIN(next_attempt_at), "
                        + OutboxStore.DB_NOW + ")" + " FROM outbox_event WHERE status = 'PENDING' GROUP BY topic")
                .getResultList();
        return rows.stream().map(r -> new Backlog((String) r[0], ((Number) r[1]).longValue(), micros(r[2]),
                micros(r[3]).isNegative() ? Duration.ZERO : micros(r[3]))).toList();
    }

    private static Duration micros(Object value) {
        return Duration.ofNanos(((Number) value).longValue() * 1000);
    }
}
