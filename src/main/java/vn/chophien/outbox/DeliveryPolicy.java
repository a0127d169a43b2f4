package vn.chophien.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error policy of every route that carries something out of the service ({@code routeConfigurationId(ID)}): a
 * failed step is retried a few times in memory, with exponential backoff and jitter, for blips; then the failure is
 * recorded on its outbox event ({@link OutboxRelayRoutes#DEAD_LETTER}), which waits durably for a later attempt or,
 * after the last, stays FAILED for an admin to see and retry. Long outages wait in the outbox, not in a sleeping
 * thread.
 */
@ApplicationScoped
public class DeliveryPolicy extends RouteConfigurationBuilder {

    public static final String ID = "delivery-policy";

    private final OutboxConfig config;

    DeliveryPolicy(OutboxConfig config) {
        this.config = config;
    }

    @Override
    public void configuration() {
        OutboxConfig.Redelivery redelivery = config.redelivery();
        routeConfiguration(ID).errorHandler(
                deadLetterChannel(OutboxRelayRoutes.DEAD_LETTER).maximumRedeliveries(redelivery.maxRedeliveries())
                        .redeliveryDelay(redelivery.delay().toMillis()).useExponentialBackOff().backOffMultiplier(2)
                        .maximumRedeliveryDelay(redelivery.maxDelay().toMillis()).useCollisionAvoidance()
                        .retryAttemptedLogLevel(LoggingLevel.WARN).logRetryStackTrace(false).logExhausted(false));
    }
}
