package vn.chophien.web;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} dates by: Vietnam's, whatever zone the server runs in. On a
 * UTC server the Vietnamese day starts seven hours earlier, and a harvest recorded at 6 am would be "in the future".
 */
@ApplicationScoped
public class VietnamClock implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public Clock getClock() {
        return Clock.system(ZONE);
    }
}
