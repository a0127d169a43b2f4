package vn.chophien.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.chophien.web.VietnamClock;

/** What the notification endpoints answer. */
public final class NotificationViews {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(VietnamClock.ZONE);

    private NotificationViews() {
    }

    /** One notification, its text in the reader's language. */
    public record NotificationView(long id, String text, String link, Instant createdAt, boolean read) {

        /** When it came, as people in Vietnam read the clock (for pages). */
        public String shownAt() {
            return SHOWN.format(createdAt);
        }
    }

    /** A page of an account's notifications, newest first, with how many are unread and how many there are. */
    public record NotificationList(List<NotificationView> items, long unread, long total, int page, int size) {
    }
}
