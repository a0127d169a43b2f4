package vn.chophien.integrations.common.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The failures a test (or a curious newcomer) tells a simulator to make, the way real partners fail: unavailable
 * (503) for a while, slow answers, no answer at all, throttling (429 with a {@code Retry-After}), or a refusal of
 * what we send (a validation error with the partner's message). Each lasts a number of seconds or of requests.
 */
public final class Faults {

    public enum Mode {
        UNAVAILABLE, SLOW, TIMEOUT, RATE_LIMITED, REJECT
    }

    /**
     * One fault: its mode, until when (epoch ms, 0 for no end) or for how many more requests (-1 for no count), the
     * delay of a slow answer, the {@code Retry-After} it sends, the message of a refusal, and the paths it touches
     * (those containing {@code path}; empty for all).
     */
    public record Fault(Mode mode, long until, int requests, long delayMs, int retryAfterSeconds, String message,
            String path) {
    }

    private final List<Fault> active = new ArrayList<>();

    public synchronized void add(Fault fault) {
        active.add(fault);
    }

    public synchronized void clear() {
        active.clear();
    }

    /** The first fault of one of these modes that applies to this path now; counts it as used. */
    public synchronized Optional<Fault> take(String path, Mode... modes) {
        long now = System.currentTimeMillis();
        for (Iterator<Fault> it = active.iterator(); it.hasNext();) {
            Fault fault = it.next();
            if (fault.until() > 0 && fault.until() < now || fault.requests() == 0) {
                it.remove();
                continue;
            }
            if (!List.of(modes).contains(fault.mode()) || !path.contains(fault.path())) {
                continue;
            }
            if (fault.requests() > 0) {
                Fault used = new Fault(fault.mode(), fault.until(), fault.requests() - 1, fault.delayMs(),
                        fault.retryAfterSeconds(), fault.message(), fault.path());
                active.set(active.indexOf(fault), used);
                if (used.requests() == 0) {
                    active.remove(used);
                }
            }
            return Optional.of(fault);
        }
        return Optional.empty();
    }
}
