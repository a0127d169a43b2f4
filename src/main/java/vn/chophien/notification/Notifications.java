package vn.chophien.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.outbox.Outbox;
import vn.chophien.web.LocalPath;
import vn.chophien.web.ProblemException;

/**
 * Telling people what happened to their orders and listings. {@link #send} is what other features call, inside the
 * transaction of the change worth telling: it only writes an outbox event, which {@link NotificationRoutes} later
 * hands to the {@link Notifier}. The rest serves the recipient's bell, list and "mark read".
 */
@ApplicationScoped
public class Notifications {

    public static final String TOPIC = "notification";
    static final int MAX_ARGS = 10;
    static final int MAX_ARG_LENGTH = 200;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final Notifier notifier;
    private final NotificationTexts texts;
    private final EntityManager em;
    private final ObjectMapper json;

    Notifications(Outbox outbox, Notifier notifier, NotificationTexts texts, EntityManager em, ObjectMapper json) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.texts = texts;
        this.em = em;
        this.json = json;
    }

    /**
     * Tells an account something, once the caller's transaction commits (and never if it rolls back). Must be called
     * inside that transaction.
     *
     * @param messageKey a key of {@code i18n/notifications.properties}, such as {@code parcel-placed}
     * @param args the texts for {@code {0}}, {@code {1}}…; {@code @key} for one to translate too (a status)
     * @param link a path on this site the notification leads to ({@code /orders/123}), or null
     * @return the id of the outbox event that carries it
     */
    @Transactional(TxType.MANDATORY)
    public long send(long accountId, String messageKey, List<String> args, String link) {
        if (messageKey == null || !KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException("Not a message key: " + messageKey);
        }
        List<String> values = args == null ? List.of() : List.copyOf(args);
        if (values.size() > MAX_ARGS || values.stream().anyMatch(a -> a.length() > MAX_ARG_LENGTH)) {
            throw new IllegalArgumentException("At most " + MAX_ARGS + " arguments of " + MAX_ARG_LENGTH + " chars");
        }
        if (link != null && (link.length() > 500 || !LocalPath.orHome(link).equals(link))) {
            throw new IllegalArgumentException("A notification links to a path on this site: " + link);
        }
        return outbox.publish(TOPIC, "notification-" + UUID.randomUUID(),
                new NotificationRequested(accountId, messageKey, values, link, Instant.now()));
    }

    /** Hands an outbox event of {@link #TOPIC} to the notifier; called by {@link NotificationRoutes}. */
    public void deliver(long eventId, String payload) {
        NotificationRequested request = read(payload, NotificationRequested.class);
        notifier.deliver(new Notice(eventId, request.accountId(), request.messageKey(),
                request.args() == null ? List.of() : request.args(), request.link(),
                request.sentAt() == null ? Instant.now() : request.sentAt()));
    }

    /** An account's notifications, newest first, with their texts in {@code locale}. */
    public NotificationViews.NotificationList list(long accountId, int page, int size, Locale locale) {
        List<NotificationViews.NotificationView> items = em
                .createQuery("from Notification n where n.accountId = :a order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("a", accountId).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(n -> view(n, locale)).toList();
        long total = em.createQuery("select count(n) from Notification n where n.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        return new NotificationViews.NotificationList(items, unread(accountId), total, page, size);
    }

    /** What the bell shows: one indexed count. */
    public long unread(long accountId) {
        return em.createQuery("select count(n) from Notification n where n.accountId = :a and n.readAt is null",
                Long.class).setParameter("a", accountId).getSingleResult();
    }

    /** Marks one of the account's own notifications read; anyone else's is not found. */
    @Transactional
    public NotificationViews.NotificationView markRead(long accountId, long id, Locale locale) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.accountId != accountId) {
            throw new ProblemException(404, "not-found");
        }
        if (notification.readAt == null) {
            notification.readAt = Instant.now();
        }
        return view(notification, locale);
    }

    /** Marks all the account's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(long accountId) {
        return em.createQuery("update Notification n set n.readAt = :now where n.accountId = :a and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("a", accountId).executeUpdate();
    }

    private NotificationViews.NotificationView view(Notification n, Locale locale) {
        return new NotificationViews.NotificationView(n.id, texts.render(locale, n.messageKey, read(n.args, STRINGS)),
                n.link, n.createdAt, n.readAt != null);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable notification: " + e.getOriginalMessage(), e);
        }
    }

    private List<String> read(String text, TypeReference<List<String>> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable notification arguments: " + e.getOriginalMessage(), e);
        }
    }
}
