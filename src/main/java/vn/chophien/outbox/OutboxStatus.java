package vn.chophien.outbox;

/** Where an outbox event is in its life: waiting (or being delivered), delivered, or a dead letter. */
public enum OutboxStatus {
    PENDING, DELIVERED, FAILED
}
