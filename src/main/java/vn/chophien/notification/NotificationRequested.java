package vn.chophien.notification;

import java.time.Instant;
import java.util.List;

/** The outbox payload of topic {@value Notifications#TOPIC}: someone is to be told something. */
public record NotificationRequested(long accountId, String messageKey, List<String> args, String link, Instant sentAt) {
}
