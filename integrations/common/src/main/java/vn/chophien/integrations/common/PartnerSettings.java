package vn.chophien.integrations.common;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.WithDefault;

/**
 * What every partner adapter is configured with, under its own prefix ({@code chophien.channels.<code>.*} for
 * marketplaces, {@code chophien.carriers.<code>.*} for carriers). Without a base URL the adapter starts the partner's
 * simulator in this process and talks to it; with one it talks to the partner and no simulator starts.
 */
public interface PartnerSettings {

    /** The partner's API address; unset means: start and use the simulator. */
    Optional<String> baseUrl();

    /** Whether this partner is used at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per second we send the partner, all flows together (a sliding one-second window). */
    @WithDefault("10")
    int ratePerSecond();

    /** Items per request where the partner takes them in batches. */
    @WithDefault("50")
    int batchSize();

    /** How long one call may take before it counts as failed (and is retried). */
    @WithDefault("PT10S")
    Duration timeout();

    /** The secret the partner signs its webhooks with; unset with a simulator means: one is made at start. */
    Optional<String> webhookSecret();

    /** The simulator's behaviour, when one is used. */
    Simulator simulator();

    /** How the in-process simulator behaves. */
    interface Simulator {

        /** Its port; 0 picks a free one. */
        @WithDefault("0")
        int port();

        /** How long it takes to answer each call. */
        @WithDefault("PT0S")
        Duration latency();

        /** The rate it enforces, like the real partner (429 with Retry-After beyond it); 0 for none. */
        @WithDefault("20")
        int ratePerSecond();

        /** How often a simulated shopper orders something listed there; zero for never. */
        @WithDefault("PT0S")
        Duration shopperEvery();

        /** How often it moves each parcel a step along its life (carriers); zero to move them only when told. */
        @WithDefault("PT0S")
        Duration stepEvery();
    }
}
