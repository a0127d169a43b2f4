package vn.chophien.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The waits after the free failures double from the first delay and stop at the maximum. */
class LoginThrottleDelayTest {

    private final LoginThrottle throttle = new LoginThrottle(null, new LoginConfig() {
        public int maxFailures() {
            return 5;
        }

        public int addressMaxFailures() {
            return 20;
        }

        public Duration firstDelay() {
            return Duration.ofSeconds(30);
        }

        public Duration maxDelay() {
            return Duration.ofMinutes(15);
        }

        public Duration window() {
            return Duration.ofMinutes(15);
        }
    }, null);

    @Test
    void delaysDoubleUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(30), throttle.delay(0));
        assertEquals(Duration.ofMinutes(1), throttle.delay(1));
        assertEquals(Duration.ofMinutes(8), throttle.delay(4));
        assertEquals(Duration.ofMinutes(15), throttle.delay(5));
        assertEquals(Duration.ofMinutes(15), throttle.delay(1000));
    }
}
