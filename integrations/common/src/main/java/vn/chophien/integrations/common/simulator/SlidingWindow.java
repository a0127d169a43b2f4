package vn.chophien.integrations.common.simulator;

import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code limit} events in any one second: how partners throttle, and how the simulators do. */
final class SlidingWindow {

    private final int limit;
    private final Deque<Long> times = new ArrayDeque<>();

    SlidingWindow(int limit) {
        this.limit = limit;
    }

    /** True, and counted, when one more event fits the last second; false when it must wait. */
    synchronized boolean tryAcquire(long nowMillis) {
        if (limit <= 0) {
            return true;
        }
        while (!times.isEmpty() && times.peekFirst() <= nowMillis - 1000) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(nowMillis);
        return true;
    }
}
