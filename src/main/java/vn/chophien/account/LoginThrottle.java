package vn.chophien.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import vn.chophien.web.ProblemException;

/**
 * Counts failed sign-ins per phone and per client address in the database, so every copy of the service sees the same
 * counts. A try is counted as a failure before its password is checked, under the row's lock, and forgiven only when
 * it succeeds: a crowd of parallel guesses can never get more tries than the limit. Once a phone's (or an address's)
 * free failures are used up, each next try waits, the wait doubling per failure up to a maximum; a refused try counts
 * nothing, so a stranger cannot stretch the wait beyond what their own failed tries earn, and the owner never waits
 * longer than the maximum.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    static final String PHONE = "phone:";
    static final String ADDRESS = "addr:";

    private final EntityManager em;
    private final LoginConfig config;
    private final Clock clock;

    LoginThrottle(EntityManager em, LoginConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts one try for the phone and the address, or throws 429 with {@code Retry-After} when either must still
     * wait. Its own transaction, committed before the password is checked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reserve(String phone, String address) {
        Instant now = clock.instant();
        long wait = 0;
        List<String> keys = List.copyOf(new TreeSet<>(List.of(ADDRESS + address, PHONE + phone)));
        int[] failures = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            // An upsert that takes the row's exclusive lock at once: INSERT IGNORE would take a shared one first, and
            // parallel tries upgrading it would deadlock each other.
            em.createNativeQuery("INSERT INTO login_throttle (throttle_key, failures, last_failure) VALUES (?1, 0, ?2)"
                    + " ON DUPLICATE KEY UPDATE throttle_key = throttle_key").setParameter(1, key).setParameter(2, now)
                    .executeUpdate();
            Object[] row = (Object[]) em
                    .createNativeQuery("SELECT failures, last_failure, next_allowed FROM login_throttle"
                            + " WHERE throttle_key = ?1 FOR UPDATE")
                    .setParameter(1, key).getSingleResult();
            boolean forgotten = toInstant(row[1]).isBefore(now.minus(config.window()));
            failures[i] = forgotten ? 0 : ((Number) row[0]).intValue();
            Instant nextAllowed = forgotten || row[2] == null ? null : toInstant(row[2]);
            if (nextAllowed != null && nextAllowed.isAfter(now)) {
                wait = Math.max(wait, Math.max(1, Duration.between(now, nextAllowed).toSeconds()));
            }
        }
        if (wait > 0) {
            throw new ProblemException(429, "too-many-attempts", (wait + 59) / 60).withHeader("Retry-After",
                    String.valueOf(wait));
        }
        for (int i = 0; i < keys.size(); i++) {
            int counted = failures[i] + 1;
            int free = keys.get(i).startsWith(PHONE) ? config.maxFailures() : config.addressMaxFailures();
            Instant next = counted >= free ? now.plus(delay(counted - free)) : null;
            em.createNativeQuery("UPDATE login_throttle SET failures = ?2, last_failure = ?3, next_allowed = ?4"
                    + " WHERE throttle_key = ?1").setParameter(1, keys.get(i)).setParameter(2, counted)
                    .setParameter(3, now).setParameter(4, next).executeUpdate();
        }
    }

    /** The try succeeded: the phone's failures are forgotten, and the address is forgiven this one try. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String phone, String address) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1").setParameter(1, PHONE + phone)
                .executeUpdate();
        em.createNativeQuery("UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE throttle_key = ?1")
                .setParameter(1, ADDRESS + address).executeUpdate();
    }

    /** The wait after {@code beyond} failures past the free ones: the first delay, doubled each time, capped. */
    Duration delay(int beyond) {
        Duration delay = config.firstDelay();
        for (int i = 0; i < beyond && delay.compareTo(config.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }

    /** Forgets counts whose last failure is older than the window and whose wait has passed. */
    @Scheduled(every = "${chophien.housekeeping.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purge(clock.instant());
        if (purged > 0) {
            LOG.debugf("Forgot %d stale sign-in counts", purged);
        }
    }

    @Transactional
    public int purge(Instant now) {
        return em
                .createNativeQuery("DELETE FROM login_throttle WHERE last_failure < ?1"
                        + " AND (next_allowed IS NULL OR next_allowed < ?2)")
                .setParameter(1, now.minus(config.window())).setParameter(2, now).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
