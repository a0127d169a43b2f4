package vn.chophien.integrations.sendo;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.chophien.integrations.common.PartnerSettings;

/** Sendo's settings, {@code chophien.channels.sendo.*} (the common ones are explained in PartnerSettings). */
@ConfigMapping(prefix = "chophien.channels.sendo")
public interface SendoConfig extends PartnerSettings {

    /** The shop key of our Sendo shop (Open API); unset with the simulator means: one is made at start. */
    Optional<String> shopKey();

    /** Its secret key. */
    Optional<String> secretKey();

    /** How often Sendo's order search is polled (Sendo pushes nothing we can verify). */
    @WithDefault("PT30S")
    Duration pollEvery();

    /** How far back each poll looks again, so an order at a window's edge is never missed (it is taken once). */
    @WithDefault("PT10M")
    Duration pollOverlap();

    /** Where polling starts on a new deployment. */
    @WithDefault("PT24H")
    Duration pollLookback();
}
