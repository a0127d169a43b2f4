package vn.chophien.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long an event waits after its n-th failed delivery: the first wait doubled for each further failure, capped, and
 * spread by up to a fifth either way so that events which failed together (a partner's outage) do not all come back
 * at the same instant.
 */
final class Backoff {

    static final double JITTER = 0.2;

    private Backoff() {
    }

    static Duration after(int failures, Duration first, Duration max) {
        double base = first.toMillis() * Math.pow(2, Math.max(0, failures - 1));
        double capped = Math.min(base, max.toMillis());
        double spread = 1 - JITTER + 2 * JITTER * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(capped * spread));
    }
}
