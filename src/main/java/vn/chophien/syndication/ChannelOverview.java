package vn.chophien.syndication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.chophien.outbox.OutboxLag;
import vn.chophien.syndication.order.ChannelCursors;

/** How each channel is doing, for the admin: its queue in the shared outbox, this copy's counts, its listings. */
@ApplicationScoped
public class ChannelOverview {

    /** One channel's figures. Seconds are whole seconds; counts since this copy of the service started. */
    public record ChannelFigures(String channel, String name, boolean enabled, long pending, long oldestPendingSeconds,
            long overdueSeconds, long sent, long failed, long retried, long throttled, long listingsSynced,
            long listingsRefused, long listingsDelisted, String pollError) {
    }

    private final Channels channels;
    private final OutboxLag lag;
    private final ChannelMetrics metrics;
    private final ChannelCursors cursors;
    private final EntityManager em;

    ChannelOverview(Channels channels, OutboxLag lag, ChannelMetrics metrics, ChannelCursors cursors,
            EntityManager em) {
        this.channels = channels;
        this.lag = lag;
        this.metrics = metrics;
        this.cursors = cursors;
        this.em = em;
    }

    public List<ChannelFigures> figures() {
        return channels.all().stream().map(this::figures).toList();
    }

    private ChannelFigures figures(SalesChannel channel) {
        OutboxLag.Backlog listings = lag.of(Channels.listingTopic(channel.code()));
        OutboxLag.Backlog replies = lag.of(Channels.orderReplyTopic(channel.code()));
        Map<String, Long> states = new HashMap<>();
        for (Object row : em
                .createNativeQuery("SELECT state, COUNT(*) FROM channel_listing WHERE channel = ?1" + " GROUP BY state")
                .setParameter(1, channel.code()).getResultList()) {
            Object[] c = (Object[]) row;
            states.put((String) c[0], ((Number) c[1]).longValue());
        }
        String code = channel.code();
        return new ChannelFigures(code, channel.displayName(), channel.enabled(),
                listings.pending() + replies.pending(),
                Math.max(listings.oldest().toSeconds(), replies.oldest().toSeconds()),
                Math.max(listings.overdue().toSeconds(), replies.overdue().toSeconds()),
                metrics.count(code, ChannelMetrics.Outcome.SENT), metrics.count(code, ChannelMetrics.Outcome.FAILED),
                metrics.count(code, ChannelMetrics.Outcome.RETRIED),
                metrics.count(code, ChannelMetrics.Outcome.THROTTLED), states.getOrDefault("SYNCED", 0L),
                states.getOrDefault("FAILED", 0L), states.getOrDefault("DELISTED", 0L),
                cursors.of(code).map(ChannelCursors.Cursor::lastError).orElse(null));
    }
}
