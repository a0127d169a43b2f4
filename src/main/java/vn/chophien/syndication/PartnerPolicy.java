package vn.chophien.syndication;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

import vn.chophien.outbox.OutboxRelayRoutes;

/**
 * The one error policy of every route that calls a partner, marketplace or carrier ({@code routeConfigurationId(ID)}):
 * a transient failure is retried a few times in memory, with exponential backoff and jitter, waiting no longer than
 * the partner's {@code Retry-After} asks when that is short; then (or at once, for a refusal of what we sent, or a
 * long {@code Retry-After}) the failure is recorded on the call's outbox events, which wait durably for a later
 * attempt or become dead letters an admin sees and retries. Redeliveries are scheduled, not slept.
 */
@ApplicationScoped
public class PartnerPolicy extends RouteConfigurationBuilder {

    public static final String ID = "partner-policy";
    /** An exchange property every partner route sets: the partner's code, for metrics and messages. */
    public static final String PARTNER = "ChophienPartner";

    private final PartnerConfig config;
    private final PartnerFailures failures;

    PartnerPolicy(PartnerConfig config, PartnerFailures failures) {
        this.config = config;
        this.failures = failures;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID).errorHandler(
                deadLetterChannel(OutboxRelayRoutes.DEAD_LETTER).maximumRedeliveries(config.maxRedeliveries())
                        .redeliveryDelay(config.redeliveryDelay().toMillis()).useExponentialBackOff()
                        .backOffMultiplier(2).maximumRedeliveryDelay(config.maxRedeliveryDelay().toMillis())
                        .useCollisionAvoidance().asyncDelayedRedelivery().onExceptionOccurred(failures::onFailure)
                        .retryWhile(method(failures, "worthRetrying")).retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logRetryStackTrace(false).logExhausted(false));
    }
}
