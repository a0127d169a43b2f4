package vn.chophien.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per phone in a sliding-start window kept in the database, so every copy of the service sees
 * the same count. After the limit, sign-in is refused until the window that started with the first failure ends.
 */
@ApplicationScoped
public class LoginThrottle {

    private final EntityManager em;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(EntityManager em, @ConfigProperty(name = "chophien.login.max-failures") int maxFailures,
            @ConfigProperty(name = "chophien.login.window") Duration window) {
        this.em = em;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long this phone must still wait, if it has used up its attempts. */
    @Transactional
    public OptionalLong secondsToWait(String phone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT failures, window_start FROM login_throttle WHERE phone = ?1")
                .setParameter(1, phone).getResultList();
        if (rows.isEmpty()) {
            return OptionalLong.empty();
        }
        int failures = ((Number) rows.get(0)[0]).intValue();
        Instant windowEnd = toInstant(rows.get(0)[1]).plus(window);
        Instant now = Instant.now();
        if (failures < maxFailures || !windowEnd.isAfter(now)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.between(now, windowEnd).toSeconds()));
    }

    @Transactional
    public void recordFailure(String phone) {
        Instant now = Instant.now();
        // One statement, so concurrent failures for the same phone all count.
        em.createNativeQuery("""
                INSERT INTO login_throttle (phone, failures, window_start) VALUES (?1, 1, ?2)
                ON DUPLICATE KEY UPDATE
                    failures = IF(window_start < ?3, 1, failures + 1),
                    window_start = IF(window_start < ?3, ?2, window_start)""").setParameter(1, phone)
                .setParameter(2, now).setParameter(3, now.minus(window)).executeUpdate();
    }

    @Transactional
    public void clear(String phone) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE phone = ?1").setParameter(1, phone).executeUpdate();
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
