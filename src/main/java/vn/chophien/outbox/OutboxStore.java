package vn.chophien.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.chophien.web.ProblemException;

/**
 * The outbox rows as the relay and the dead-letter admin change them, each change in its own short transaction. Rows
 * are claimed with {@code SELECT … FOR UPDATE SKIP LOCKED} (native: Hibernate's rendering of it is refused by
 * MariaDB), so copies of the service polling at once take disjoint batches.
 * <p>
 * When an event is due ({@code next_attempt_at}) is set and compared on the database's clock, in SQL, never with a
 * time sent from Java: one clock for every copy of the service, and exact to the microsecond on every server.
 * Connector/J drops the fractional seconds of every time it sends to a MariaDB older than 11, which introduces itself
 * as "5.5.5-10…", a MySQL too old for them; a due time sent from Java then ended on the whole second before, and an
 * event came due up to a second before its backoff was over.
 */
@ApplicationScoped
public class OutboxStore {

    /** What the relay needs of a claimed event. */
    public record Claimed(long id, String topic, String key, String payload, int attempts) {
    }

    static final int PURGE_CHUNK = 1000;
    /**
     * Statements over a list of claimed ids go by primary key, whatever the optimiser would choose: a scan of the whole
     * (small) table would wait for a row another transaction is publishing while that one waits for the gap this
     * statement locked, a deadlock.
     */
    static final String BY_KEY = "FORCE INDEX (PRIMARY)";
    /** The database's time now, in UTC like every time the service stores. */
    static final String DB_NOW = "UTC_TIMESTAMP(6)";
    private static final int ERROR_LENGTH = 1000;

    private final EntityManager em;
    private final OutboxConfig config;

    OutboxStore(EntityManager em, OutboxConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * The topics that have PENDING events, each with how long its most overdue event has been due (zero or negative
     * when none is due yet), on the database's clock. One loose scan of the due index: one row per topic read, however
     * many events wait.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<TopicDue> pendingTopics() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT topic, TIMESTAMPDIFF(MICROSECOND, MIN(next_attempt_at), "
                + DB_NOW + ") FROM outbox_event WHERE status = 'PENDING' GROUP BY topic").getResultList();
        return rows.stream().map(r -> new TopicDue((String) r[0], Duration.ofNanos(((Number) r[1]).longValue() * 1000)))
                .toList();
    }

    /** A topic with PENDING events, and how long the most overdue of them has been due. */
    public record TopicDue(String topic, Duration overdue) {
        public boolean due() {
            return !overdue.isNegative();
        }
    }

    /**
     * Takes up to {@code limit} due events of one topic for this relay: they stay PENDING, but are not due again until
     * the lease ends, so no other relay takes them meanwhile; one that crashes mid-delivery leaves them to be taken
     * again. The due events are found by a plain read, then locked by primary key only (skipping any another relay
     * holds): a locking read over the due index would also lock the gap to the next topic's events, and relays of two
     * topics claiming at once would deadlock on each other's gaps. Never waits for a transaction still publishing.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(String topic, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> due = em
                .createNativeQuery("SELECT id FROM outbox_event WHERE status = 'PENDING' AND topic = ?1"
                        + " AND next_attempt_at <= " + DB_NOW + " ORDER BY next_attempt_at, id LIMIT ?2")
                .setParameter(1, topic).setParameter(2, limit).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("SELECT id, topic, event_key, payload, attempts FROM outbox_event"
                        + " WHERE id IN (:ids) AND status = 'PENDING' AND next_attempt_at <= " + DB_NOW
                        + " ORDER BY next_attempt_at, id FOR UPDATE SKIP LOCKED")
                .setParameter("ids", due.stream().map(Number::longValue).toList()).getResultList();
        List<Claimed> claimed = rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], ((Number) r[4]).intValue())).toList();
        if (!claimed.isEmpty()) {
            em.createNativeQuery(
                    "UPDATE outbox_event " + BY_KEY + " SET next_attempt_at = " + after(1) + " WHERE id IN (?2)")
                    .setParameter(1, micros(config.lease())).setParameter(2, claimed.stream().map(Claimed::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    /**
     * Marks claimed events delivered, in one transaction, each unless a failure was recorded for it meanwhile (its
     * attempts moved on, or it is no longer pending); returns how many were marked. One statement per attempts count
     * (almost always one), by primary key.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int markDelivered(List<Claimed> events) {
        int marked = 0;
        Instant now = Instant.now();
        Map<Integer, List<Long>> byAttempts = events.stream().collect(Collectors.groupingBy(Claimed::attempts,
                TreeMap::new, Collectors.mapping(Claimed::id, Collectors.toList())));
        for (Map.Entry<Integer, List<Long>> group : byAttempts.entrySet()) {
            marked += em
                    .createNativeQuery("UPDATE outbox_event " + BY_KEY + " SET status = 'DELIVERED',"
                            + " delivered_at = ?1 WHERE id IN (?2) AND status = 'PENDING' AND attempts = ?3")
                    .setParameter(1, now).setParameter(2, group.getValue()).setParameter(3, group.getKey())
                    .executeUpdate();
        }
        return marked;
    }

    /**
     * Counts a failed delivery: the event is due again after a growing, jittered wait (or later, when the recipient
     * asked us to wait longer), or after the last allowed attempt becomes a FAILED dead letter.
     *
     * @return the event's status now, empty when it was no longer pending
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxStatus> recordFailure(long id, String error) {
        return recordFailure(id, error, Failure.TRANSIENT, Duration.ZERO);
    }

    /** What kind of failure a delivery met: worth trying again later, or one no retry can cure. */
    public enum Failure {
        TRANSIENT, PERMANENT
    }

    /**
     * Counts a failed delivery. A {@link Failure#PERMANENT} one (the recipient refused what we sent) makes the event a
     * dead letter at once; a transient one waits its backoff, and at least {@code notBefore}.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxStatus> recordFailure(long id, String error, Failure failure, Duration notBefore) {
        @SuppressWarnings("unchecked")
        List<Number> found = em
                .createNativeQuery("SELECT attempts FROM outbox_event WHERE id = ?1 AND status = 'PENDING' FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int attempts = found.get(0).intValue() + 1;
        OutboxStatus status = failure == Failure.PERMANENT || attempts >= config.maxAttempts()
                ? OutboxStatus.FAILED
                : OutboxStatus.PENDING;
        Duration backoff = Backoff.after(attempts, config.backoff(), config.maxBackoff());
        Duration wait = notBefore != null && notBefore.compareTo(backoff) > 0 ? notBefore : backoff;
        em.createNativeQuery("UPDATE outbox_event SET attempts = ?1, status = ?2, last_error = ?3,"
                + " next_attempt_at = " + after(4) + " WHERE id = ?5").setParameter(1, attempts)
                .setParameter(2, status.name()).setParameter(3, shorten(error)).setParameter(4, micros(wait))
                .setParameter(5, id).executeUpdate();
        return Optional.of(status);
    }

    /** An event's key. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> keyOf(long id) {
        List<?> found = em.createNativeQuery("SELECT event_key FROM outbox_event WHERE id = ?1").setParameter(1, id)
                .getResultList();
        return found.stream().findFirst().map(String.class::cast);
    }

    /** The dead letters, newest first. */
    public List<OutboxEvent> failures(int limit) {
        return em.createQuery("from OutboxEvent e where e.status = :s order by e.createdAt desc, e.id desc",
                OutboxEvent.class).setParameter("s", OutboxStatus.FAILED).setMaxResults(limit).getResultList();
    }

    /** Puts a dead letter back in line, due now, with its attempts counted afresh. */
    @Transactional
    public OutboxEvent retry(long id) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT status FROM outbox_event WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw new ProblemException(404, "not-found");
        }
        if (!OutboxStatus.FAILED.name().equals(found.get(0))) {
            throw new ProblemException(409, "outbox-not-failed", found.get(0));
        }
        em.createNativeQuery("UPDATE outbox_event SET status = 'PENDING', attempts = 0, next_attempt_at = " + DB_NOW
                + " WHERE id = ?1").setParameter(1, id).executeUpdate();
        return em.find(OutboxEvent.class, id);
    }

    /**
     * Deletes DELIVERED events older than the retention, in chunks so no transaction grows large.
     *
     * @return how many were deleted by this chunk
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int purgeChunk() {
        return em.createNativeQuery("DELETE FROM outbox_event WHERE status = 'DELIVERED' AND created_at < ?1 LIMIT ?2")
                .setParameter(1, Instant.now().minus(config.retention())).setParameter(2, PURGE_CHUNK).executeUpdate();
    }

    /** SQL for the database's time now plus the microseconds of positional parameter {@code n}. */
    private static String after(int n) {
        return DB_NOW + " + INTERVAL ?" + n + " MICROSECOND";
    }

    private static long micros(Duration duration) {
        return TimeUnit.NANOSECONDS.toMicros(duration.toNanos());
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
