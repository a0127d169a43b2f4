package vn.chophien.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notification on its way to its recipient: a message key of {@code i18n/notifications*.properties} with its
 * arguments (rendered in the reader's language when read), where it leads, and when it was sent. {@code eventId} is
 * the outbox event that carries it, the same on every redelivery.
 */
public record Notice(long eventId, long accountId, String messageKey, List<String> args, String link, Instant sentAt) {
}
