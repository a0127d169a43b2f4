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

    /** Keeps the notification once per event: a redelivery, or two racing each other, add nothing. */
    @Override
    @Transactional
    public void deliver(Notice notice) {
        // One statement: the unique outbox_event_id turns a redelivery into no row rather than a second one.
        boolean known = em.createNativeQuery("INSERT IGNORE INTO notification"
                + " (account_id, outbox_event_id, message_key, args, link, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, notice.accountId()).setParameter(2, notice.eventId())
                .setParameter(3, notice.messageKey()).setParameter(4, write(notice)).setParameter(5, notice.link())
                .setParameter(6, notice.sentAt()).executeUpdate() == 0;
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
