package vn.chophien.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How the outbox relay polls, retries and forgets; the values are in {@code application.properties}. */
@ConfigMapping(prefix = "chophien.outbox")
public interface OutboxConfig {

    /** How often each copy of the service looks for due events. */
    Duration pollPeriod();

    /** At most this many events are claimed by one look. */
    int batchSize();

    /** How many topics each copy of the service drains at once, one thread each. */
    int lanes();

    /** How long a claimed event stays reserved for the relay that claimed it; after that another may take it. */
    Duration lease();

    /** Failed deliveries (each after Camel's own redeliveries) before an event becomes a FAILED dead letter. */
    int maxAttempts();

    /** The wait after the first failed delivery; each further failure doubles it, up to {@link #maxBackoff()}. */
    Duration backoff();

    /** The longest wait between two deliveries of one event. */
    Duration maxBackoff();

    /** An event due for longer than this means no relay takes it: the service reports itself not ready. */
    Duration stuckAfter();

    /** How long DELIVERED events are kept before the relay deletes them. */
    Duration retention();

    /** How often the relay deletes DELIVERED events past their retention. */
    Duration purgePeriod();

    /** Camel's quick in-memory redeliveries, for blips; long outages wait in the outbox instead. */
    Redelivery redelivery();

    /** Camel's in-memory redelivery of one delivery attempt, with exponential backoff and jitter. */
    interface Redelivery {

        /** Redeliveries after the first try, before the attempt counts as failed. */
        int maxRedeliveries();

        /** The wait before the first redelivery; doubled for each next one. */
        Duration delay();

        /** The longest wait between two redeliveries. */
        Duration maxDelay();
    }
}
