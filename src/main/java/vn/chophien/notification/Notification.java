package vn.chophien.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A notification kept in the app for its recipient, unread until they say otherwise. Its text is not stored: the
 * message key and arguments are rendered when read, in the reader's language.
 */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    /** The outbox event that brought it; unique, so a redelivered event adds nothing. */
    @Column(name = "outbox_event_id", nullable = false, unique = true)
    public long outboxEventId;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    /** A JSON array of strings. */
    @Column(nullable = false)
    public String args;

    /** A path on this site, or null. */
    public String link;

    /** When it was sent (not when it was delivered, which may be later). */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
