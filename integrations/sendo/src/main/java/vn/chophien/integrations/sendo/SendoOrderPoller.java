package vn.chophien.integrations.sendo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.jboss.logging.Logger;

import vn.chophien.outbox.OutboxRelay;
import vn.chophien.syndication.order.ChannelCursors;
import vn.chophien.syndication.order.ChannelOrders;
import vn.chophien.web.VietnamClock;

/**
 * Polls Sendo's order search, whose window spans at most three days: from the shared cursor to now, a window at a
 * time and every page of each, each new order taken once (its reference is claimed with it). The next poll starts
 * {@code poll-overlap} before where this one ended, so an order Sendo dates at a window's edge, or shows late, is
 * still found; a failed poll leaves the cursor where it was and records why.
 */
@ApplicationScoped
public class SendoOrderPoller {

    static final Duration WINDOW = Duration.ofDays(3).minusSeconds(1);
    static final int PAGE_SIZE = 50;
    static final int MAX_WINDOWS = 20;
    private static final DateTimeFormatter SENDO_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(VietnamClock.ZONE);
    private static final Logger LOG = Logger.getLogger(SendoOrderPoller.class);

    private final ProducerTemplate camel;
    private final ChannelCursors cursors;
    private final ChannelOrders orders;
    private final SendoOrderImporter importer;
    private final SendoAuth auth;
    private final SendoConfig config;
    private final Clock clock;

    SendoOrderPoller(ProducerTemplate camel, ChannelCursors cursors, ChannelOrders orders, SendoOrderImporter importer,
            SendoAuth auth, SendoConfig config, Clock clock) {
        this.camel = camel;
        this.cursors = cursors;
        this.orders = orders;
        this.importer = importer;
        this.auth = auth;
        this.config = config;
        this.clock = clock;
    }

    /** One poll, unless another copy of the service is polling; returns how many orders were new. */
    public int poll() {
        Instant now = clock.instant();
        String start = now.minus(config.pollLookback()).toString();
        String position = cursors.lease(SendoChannel.CODE, start, Duration.ofMinutes(2)).orElse(null);
        if (position == null) {
            return 0;
        }
        int taken = 0;
        Instant from = parse(position, now);
        try {
            for (int window = 0; window < MAX_WINDOWS; window++) {
                Instant to = from.plus(WINDOW).isBefore(now) ? from.plus(WINDOW) : now;
                taken += window(from, to);
                if (to.equals(now)) {
                    Instant next = to.minus(config.pollOverlap());
                    cursors.advance(SendoChannel.CODE, (next.isAfter(from) ? next : from).toString());
                    return taken;
                }
                from = to;
                cursors.advance(SendoChannel.CODE, from.toString());
                cursors.lease(SendoChannel.CODE, start, Duration.ofMinutes(2));
            }
            return taken;
        } catch (RuntimeException e) {
            if (unauthorised(e)) {
                auth.forget();
            }
            LOG.warnf("Polling Sendo's orders failed; the next poll tries again: %s", OutboxRelay.describe(e));
            cursors.failed(SendoChannel.CODE, OutboxRelay.describe(e));
            return taken;
        }
    }

    /** Every page of one window; returns how many orders were new. */
    private int window(Instant from, Instant to) {
        int taken = 0;
        String token = null;
        do {
            SendoApi.OrderSearchReply reply = camel.requestBody(SendoOrderRoutes.SEARCH,
                    new SendoApi.OrderSearch(SENDO_TIME.format(from), SENDO_TIME.format(to), PAGE_SIZE, token),
                    SendoApi.OrderSearchReply.class);
            if (reply == null || !reply.success() || reply.result() == null) {
                throw new IllegalStateException("Sendo's order search did not succeed");
            }
            taken += (int) orders.receiveAll(importer.toOrders(reply.result())).stream().filter(o -> !o.duplicate())
                    .count();
            token = reply.result().nextToken();
        } while (token != null && !token.isBlank());
        return taken;
    }

    private static Instant parse(String position, Instant fallback) {
        try {
            return Instant.parse(position);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static boolean unauthorised(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpOperationFailedException http && http.getStatusCode() == 401) {
                return true;
            }
        }
        return false;
    }
}
