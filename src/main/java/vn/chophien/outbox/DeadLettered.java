package vn.chophien.outbox;

/**
 * An outbox event became a dead letter: refused by its recipient, or out of attempts. Fired after its failure is
 * written, so the feature that published it can show why (a shipment a carrier refused) while it waits for an admin.
 */
public record DeadLettered(long eventId, String topic, String key, String error) {
}
