package vn.chophien.syndication;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How every partner call is retried and timed: one policy for marketplaces and carriers alike. */
@ConfigMapping(prefix = "chophien.partners")
public interface PartnerConfig {

    /** Quick in-memory retries of one call before the outbox takes over (longer outages wait there, not here). */
    @WithDefault("2")
    int maxRedeliveries();

    /** The wait before the first quick retry; doubled for each next one, with jitter. */
    @WithDefault("PT0.5S")
    Duration redeliveryDelay();

    /** The longest quick retry wait. */
    @WithDefault("PT5S")
    Duration maxRedeliveryDelay();

    /**
     * The longest {@code Retry-After} honoured in memory; a partner asking for more makes the call's events wait in the
     * outbox until then, so no thread is parked for it.
     */
    @WithDefault("PT5S")
    Duration retryAfterCap();

    /** How long to wait for a partner to accept a connection. */
    @WithDefault("PT3S")
    Duration connectTimeout();
}
