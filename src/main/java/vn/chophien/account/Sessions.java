package vn.chophien.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Sign-in sessions the server can end. Each token names its session ({@code sid}); a session is ended by signing out,
 * by "sign out everywhere" or by a new password. Every request's session is looked up in the database behind a cache
 * of a few seconds ({@link SessionConfig#recheckAfter}): the copy of the service that ended a session forgets it at
 * once, the others within that time.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_REMEMBERED = 20_000;

    private record Known(long accountId, boolean active, Instant until) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final Duration recheckAfter;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    Sessions(EntityManager em, Clock clock, SessionConfig config) {
        this.em = em;
        this.clock = clock;
        this.recheckAfter = config.recheckAfter();
    }

    /** Opens a session for the account until {@code expiresAt}; returns its id, for the token. */
    @Transactional
    public String open(long accountId, Instant expiresAt) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery(
                "INSERT INTO account_session (id, account_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, accountId).setParameter(3, clock.instant())
                .setParameter(4, expiresAt).executeUpdate();
        return id;
    }

    /** Whether the session is still open: not ended, not expired. */
    public boolean isActive(String id) {
        Instant now = clock.instant();
        Known cached = known.get(id);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.active();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery(
                        "SELECT account_id, CASE WHEN revoked_at IS NULL AND expires_at > ?2 THEN 1 ELSE 0 END"
                                + " FROM account_session WHERE id = ?1")
                .setParameter(1, id).setParameter(2, now).getResultList();
        boolean active = !rows.isEmpty() && ((Number) rows.get(0)[1]).intValue() == 1;
        long account = rows.isEmpty() ? -1 : ((Number) rows.get(0)[0]).longValue();
        if (known.size() > MAX_REMEMBERED) {
            known.values().removeIf(k -> !k.until().isAfter(now));
        }
        known.put(id, new Known(account, active, now.plus(recheckAfter)));
        return active;
    }

    /** Ends one session (signing out). */
    @Transactional
    public void revoke(String id) {
        em.createNativeQuery("UPDATE account_session SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")
                .setParameter(1, id).setParameter(2, clock.instant()).executeUpdate();
        known.remove(id);
    }

    /** Ends every session of the account (sign out everywhere, a new password). */
    @Transactional
    public void revokeAll(long accountId) {
        em.createNativeQuery("UPDATE account_session SET revoked_at = ?2 WHERE account_id = ?1 AND revoked_at IS NULL")
                .setParameter(1, accountId).setParameter(2, clock.instant()).executeUpdate();
        known.values().removeIf(k -> k.accountId() == accountId);
    }

    @Scheduled(every = "${chophien.housekeeping.every}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge(clock.instant());
    }

    /** Forgets sessions that ended or expired more than a day ago; returns how many. */
    @Transactional
    public int purge(Instant now) {
        return em.createNativeQuery("DELETE FROM account_session WHERE expires_at < ?1 OR revoked_at < ?1")
                .setParameter(1, now.minus(Duration.ofDays(1))).executeUpdate();
    }
}
