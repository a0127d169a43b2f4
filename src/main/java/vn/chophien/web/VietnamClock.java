package vn.chophien.web;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

/**
 * The service's one clock and time zone. Instants are stored in UTC; days, opening hours and every time shown to
 * people are Vietnam's, whatever zone the server runs in: on a UTC server the Vietnamese day starts seven hours
 * earlier, and a harvest recorded at 6 am would be "in the future". Features inject {@link Clock} (produced here)
 * rather than asking the system, and Bean Validation judges {@code @PastOrPresent} by the same clock.
 */
@ApplicationScoped
public class VietnamClock implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Clock SYSTEM = Clock.system(ZONE);

    @Override
    public Clock getClock() {
        return SYSTEM;
    }

    /** The clock every feature reads the time from, in Vietnam's zone. */
    @Produces
    @Singleton
    static Clock clock() {
        return SYSTEM;
    }
}
