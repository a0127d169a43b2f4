package vn.chophien.notification;

/**
 * Brings one notification to its recipient: in the app by default ({@link InAppNotifier}); SMS or Zalo adapters can
 * implement the same port. Deliveries come at least once: an implementation must make a repeat of the same
 * {@link Notice#eventId()} harmless.
 */
public interface Notifier {

    void deliver(Notice notice);
}
