package vn.chophien.syndication.listing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ListingExport;
import vn.chophien.catalog.ListingExports;
import vn.chophien.notification.Notifications;
import vn.chophien.outbox.OutboxStore;
import vn.chophien.syndication.ChannelMetrics;
import vn.chophien.syndication.Channels;

/**
 * The core of a channel's listing route, on both sides of the partner call. {@link #prepare} turns a claimed batch of
 * events into what to send: one update per product however many events it had (coalesced), read as the listing is
 * now, nothing for a version the channel already confirmed. {@link #record} keeps what the partner answered: its id,
 * the version it now has (never lowered), or its refusal, which the seller is told and the events keep as dead
 * letters rather than being retried forever.
 */
@ApplicationScoped
public class ListingDelivery {

    private final EntityManager em;
    private final ListingExports exports;
    private final OutboxStore outbox;
    private final Channels channels;
    private final ChannelMetrics metrics;
    private final Notifications notifications;
    private final CatalogService catalog;
    private final Clock clock;
    private final String publicUrl;

    ListingDelivery(EntityManager em, ListingExports exports, OutboxStore outbox, Channels channels,
            ChannelMetrics metrics, Notifications notifications, CatalogService catalog, Clock clock,
            @ConfigProperty(name = "chophien.public-url") String publicUrl) {
        this.em = em;
        this.exports = exports;
        this.outbox = outbox;
        this.channels = channels;
        this.metrics = metrics;
        this.notifications = notifications;
        this.catalog = catalog;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The ids of a claimed batch's events (before it is prepared, so a failure there is recorded on them all). */
    public static List<Long> eventIds(List<OutboxStore.Claimed> events) {
        return events.stream().map(OutboxStore.Claimed::id).toList();
    }

    /** The ids of the events a chunk of updates answers. */
    public static List<Long> eventIdsOf(List<ListingUpdate> updates) {
        return updates.stream().flatMap(u -> u.eventIds().stream()).toList();
    }

    /** Updates in chunks of at most {@code size}, one partner request each. */
    public static List<List<ListingUpdate>> chunks(List<ListingUpdate> updates, int size) {
        List<List<ListingUpdate>> chunks = new ArrayList<>();
        for (int i = 0; i < updates.size(); i += size) {
            chunks.add(updates.subList(i, Math.min(updates.size(), i + size)));
        }
        return chunks;
    }

    /** What to send for a claimed batch of one channel's events, in one consistent read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ListingUpdate> prepare(String channel, List<OutboxStore.Claimed> events) {
        Map<Long, List<Long>> eventsOf = new LinkedHashMap<>();
        for (OutboxStore.Claimed event : events) {
            eventsOf.computeIfAbsent(productOf(event.key()), p -> new ArrayList<>()).add(event.id());
        }
        eventsOf.remove(-1L);
        if (eventsOf.isEmpty()) {
            return List.of();
        }
        List<Long> products = List.copyOf(eventsOf.keySet());
        Map<Long, Long> revisions = new HashMap<>();
        for (Object row : em
                .createNativeQuery("SELECT product_id, revision FROM listing_revision" + " WHERE product_id IN (:ids)")
                .setParameter("ids", products).getResultList()) {
            Object[] c = (Object[]) row;
            revisions.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        Map<Long, Known> states = new HashMap<>();
        // plain SQL: Hibernate would translate a query with a list parameter afresh for every batch
        for (Object row : em
                .createNativeQuery("SELECT product_id, wanted, state, external_id, synced_version FROM"
                        + " channel_listing WHERE channel = ?1 AND product_id IN (?2)")
                .setParameter(1, channel).setParameter(2, products).getResultList()) {
            Object[] c = (Object[]) row;
            boolean wanted = c[1] instanceof Boolean b ? b : ((Number) c[1]).intValue() != 0;
            states.put(((Number) c[0]).longValue(), new Known(wanted, ChannelListingState.valueOf((String) c[2]),
                    (String) c[3], ((Number) c[4]).longValue()));
        }
        Map<Long, ListingExport> listings = exports.of(products);
        List<ListingUpdate> updates = new ArrayList<>();
        for (long product : products) {
            ListingExport listing = listings.get(product);
            Known state = states.get(product);
            long revision = revisions.getOrDefault(product, 0L);
            if (listing == null || state != null && state.syncedVersion() >= revision) {
                continue; // gone, or the channel already has this version
            }
            boolean offer = listing.published() && (state == null || state.wanted());
            if (offer) {
                updates.add(new ListingUpdate(product, revision, ListingUpdate.Action.UPSERT,
                        state == null ? null : state.externalId(), listing,
                        listing.photoPaths().stream().map(path -> publicUrl + path).toList(), eventsOf.get(product)));
            } else if (state != null && state.externalId() != null && state.state() != ChannelListingState.DELISTED) {
                updates.add(new ListingUpdate(product, revision, ListingUpdate.Action.DELIST, state.externalId(),
                        listing, List.of(), eventsOf.get(product)));
            }
        }
        return updates;
    }

    /** Keeps what the partner answered for a chunk it took. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String channel, List<ListingUpdate> sent, List<ListingResult> results) {
        Map<Long, ListingUpdate> byProduct = new HashMap<>();
        sent.forEach(u -> byProduct.put(u.productId(), u));
        Instant now = clock.instant();
        List<Object[]> taken = new ArrayList<>();
        for (ListingResult result : results) {
            ListingUpdate update = byProduct.get(result.productId());
            if (update == null) {
                continue;
            }
            if (result.outcome() == ListingResult.Outcome.REFUSED) {
                refused(channel, update, result.message(), now);
            } else {
                taken.add(new Object[]{update.productId(),
                        result.outcome() == ListingResult.Outcome.SYNCED ? "SYNCED" : "DELISTED", result.externalId(),
                        update.revision()});
            }
        }
        if (!taken.isEmpty()) {
            // One statement for the chunk. The state and error move only for a version at least as new as the one
            // kept; the version itself never goes down (and is assigned last, so the conditions see the old one).
            StringBuilder sql = new StringBuilder("INSERT INTO channel_listing (product_id, channel, wanted, state,"
                    + " external_id, synced_version, last_error, synced_at, updated_at) VALUES ");
            for (int i = 0; i < taken.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, TRUE, ?, ?, ?, NULL, ?, ?)");
            }
            sql.append(" ON DUPLICATE KEY UPDATE state = IF(VALUES(synced_version) >= synced_version, VALUES(state),"
                    + " state), external_id = COALESCE(VALUES(external_id), external_id), last_error ="
                    + " IF(VALUES(synced_version) >= synced_version, NULL, last_error), synced_at = VALUES(synced_at),"
                    + " updated_at = VALUES(updated_at), synced_version = GREATEST(synced_version, VALUES(synced_version))");
            var upsert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Object[] row : taken) {
                upsert.setParameter(p++, row[0]).setParameter(p++, channel).setParameter(p++, row[1])
                        .setParameter(p++, row[2]).setParameter(p++, row[3]).setParameter(p++, now)
                        .setParameter(p++, now);
            }
            upsert.executeUpdate();
        }
        metrics.sent(channel, taken.size());
    }

    /** A refusal: shown on the product, told to its seller once, and its events kept as dead letters. */
    private void refused(String channel, ListingUpdate update, String message, Instant now) {
        String text = message == null || message.isBlank() ? "?" : message.strip();
        if (text.length() > 900) {
            text = text.substring(0, 899) + "…";
        }
        ChannelListing before = em.find(ChannelListing.class, new ChannelListing.Key(update.productId(), channel));
        boolean news = before == null || before.state != ChannelListingState.FAILED || !text.equals(before.lastError);
        em.createNativeQuery("INSERT INTO channel_listing (product_id, channel, wanted, state, last_error, updated_at)"
                + " VALUES (?1, ?2, TRUE, 'FAILED', ?3, ?4) ON DUPLICATE KEY UPDATE"
                + " state = IF(?5 >= synced_version, 'FAILED', state), last_error = ?3, updated_at = ?4")
                .setParameter(1, update.productId()).setParameter(2, channel).setParameter(3, text).setParameter(4, now)
                .setParameter(5, update.revision()).executeUpdate();
        String name = channels.nameOf(channel);
        for (long event : update.eventIds()) {
            outbox.recordFailure(event, name + ": " + text, OutboxStore.Failure.PERMANENT, Duration.ZERO);
        }
        if (news && update.listing() != null) {
            for (long member : catalog.memberAccountIds(update.listing().sellerId())) {
                notifications.send(member, "channel-listing-refused",
                        List.of(name, update.listing().name(),
                                text.length() > 190 ? text.substring(0, 189) + "…" : text),
                        "/seller/products/" + update.productId());
            }
        }
    }

    /** What the channel last confirmed of a product, as the delivery needs it. */
    private record Known(boolean wanted, ChannelListingState state, String externalId, long syncedVersion) {
    }

    private static long productOf(String key) {
        return key != null && key.matches("product-\\d{1,18}") ? Long.parseLong(key.substring(8)) : -1;
    }
}
