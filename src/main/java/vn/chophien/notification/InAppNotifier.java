package vn.chophien.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The default {@link Notifier}: keeps the notification for the bell and the notifications page, and logs it. */
@ApplicationScoped
public class InAppNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(InAppNotifier.class);

    private final EntityManager em;
    private final ObjectMapper json;

    InAppNotifier(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Keeps the notification once per event: a redelivery finds it there and adds nothing. Two deliveries racing each
     * other meet the unique {@code outbox_event_id}; the loser fails, and its retry finds the winner's row.
     */
    @Override
    @Transactional
    public void deliver(Notice notice) {
        boolean known = !em.createQuery("select n.id from Notification n where n.outboxEventId = :e", Long.class)
                .setParameter("e", notice.eventId()).getResultList().isEmpty();
        if (!known) {
            Notification notification = new Notification();
            notification.accountId = notice.accountId();
            notification.outboxEventId = notice.eventId();
            notification.messageKey = notice.messageKey();
            notification.args = write(notice);
            notification.link = notice.link();
            notification.createdAt = notice.sentAt();
            em.persist(notification);
        }
        LOG.infof("Notification %s for account %d (event %d)%s", notice.messageKey(), notice.accountId(),
                notice.eventId(), known ? " was already delivered" : "");
    }

    private String write(Notice notice) {
        try {
            return json.writeValueAsString(notice.args());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Arguments that cannot be written as JSON", e);
        }
    }
}
