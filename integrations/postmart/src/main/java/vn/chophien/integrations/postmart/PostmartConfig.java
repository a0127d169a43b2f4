package vn.chophien.integrations.postmart;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

import vn.chophien.integrations.common.PartnerSettings;

/** Postmart's settings, {@code chophien.channels.postmart.*} (the common ones are explained in PartnerSettings). */
@ConfigMapping(prefix = "chophien.channels.postmart")
public interface PostmartConfig extends PartnerSettings {

    /** The merchant API token Postmart issues to our shop; unset with the simulator means: one is made at start. */
    Optional<String> apiToken();
}
