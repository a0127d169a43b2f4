package vn.chophien.outbox;

import java.time.Duration;
import java.util.Comparator;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the outbox moves: an event that has been due for longer than {@code chophien.outbox.stuck-after}
 * means no relay is taking it (a partner that is down makes its events wait out a backoff, which is not due, so an
 * outage does not count). Reports each topic's backlog.
 */
@Readiness
@ApplicationScoped
public class OutboxCheck implements HealthCheck {

    private final OutboxLag lag;
    private final OutboxConfig config;

    OutboxCheck(OutboxLag lag, OutboxConfig config) {
        this.lag = lag;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        Duration worst = Duration.ZERO;
        for (OutboxLag.Backlog backlog : lag.backlogs().values().stream()
                .sorted(Comparator.comparing(OutboxLag.Backlog::topic)).toList()) {
            response.withData(backlog.topic(), backlog.pending() + " pending, oldest " + backlog.oldest().toSeconds()
                    + " s, overdue " + backlog.overdue().toSeconds() + " s");
            worst = backlog.overdue().compareTo(worst) > 0 ? backlog.overdue() : worst;
        }
        return response.status(worst.compareTo(config.stuckAfter()) <= 0).build();
    }
}
