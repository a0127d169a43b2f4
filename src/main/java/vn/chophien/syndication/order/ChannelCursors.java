package vn.chophien.syndication.order;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where polling a channel's orders got to, shared by every copy of the service. A poll first leases its channel's
 * cursor (on the database's clock), so two copies never poll the same channel at once and a copy that dies mid-poll
 * leaves it to the next after the lease; it then moves the cursor on, or records why it could not.
 */
@ApplicationScoped
public class ChannelCursors {

    private static final String NOW = "UTC_TIMESTAMP(6)";

    private final EntityManager em;

    ChannelCursors(EntityManager em) {
        this.em = em;
    }

    /** The cursor's position if this poll may go ahead (it holds the lease), empty when another copy is polling. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> lease(String channel, String initial, Duration lease) {
        em.createNativeQuery(
                "INSERT IGNORE INTO channel_cursor (channel, position, updated_at) VALUES (?1, ?2, " + NOW + ")")
                .setParameter(1, channel).setParameter(2, initial).executeUpdate();
        int taken = em
                .createNativeQuery("UPDATE channel_cursor SET leased_until = " + NOW
                        + " + INTERVAL ?1 MICROSECOND WHERE channel = ?2 AND (leased_until IS NULL OR leased_until < "
                        + NOW + ")")
                .setParameter(1, TimeUnit.NANOSECONDS.toMicros(lease.toNanos())).setParameter(2, channel)
                .executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        List<?> position = em.createNativeQuery("SELECT position FROM channel_cursor WHERE channel = ?1")
                .setParameter(1, channel).getResultList();
        return Optional.of((String) position.get(0));
    }

    /** Moves the cursor on and gives the lease back. */
    @Transactional(TxType.REQUIRES_NEW)
    public void advance(String channel, String position) {
        em.createNativeQuery("UPDATE channel_cursor SET position = ?1, last_error = NULL, leased_until = NULL,"
                + " updated_at = " + NOW + " WHERE channel = ?2").setParameter(1, position).setParameter(2, channel)
                .executeUpdate();
    }

    /** Keeps why a poll failed (the admin page shows it) and gives the lease back; the next poll starts over. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(String channel, String error) {
        em.createNativeQuery("UPDATE channel_cursor SET last_error = ?1, leased_until = NULL, updated_at = " + NOW
                + " WHERE channel = ?2").setParameter(1, error.length() > 1000 ? error.substring(0, 999) : error)
                .setParameter(2, channel).executeUpdate();
    }

    /** The cursor as the admin page shows it: position and the last poll's error, if it failed. */
    public record Cursor(String channel, String position, String lastError) {
    }

    public Optional<Cursor> of(String channel) {
        List<?> rows = em.createNativeQuery("SELECT position, last_error FROM channel_cursor WHERE channel = ?1")
                .setParameter(1, channel).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new Cursor(channel, (String) r[0], (String) r[1]));
    }
}
