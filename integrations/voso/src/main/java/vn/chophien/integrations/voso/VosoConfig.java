package vn.chophien.integrations.voso;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

import vn.chophien.integrations.common.PartnerSettings;

/** Voso's settings, {@code chophien.channels.voso.*} (the common ones are explained in PartnerSettings). */
@ConfigMapping(prefix = "chophien.channels.voso")
public interface VosoConfig extends PartnerSettings {

    /** The shop key Voso issues to our shop; unset with the simulator means: one is made at start. */
    Optional<String> shopKey();
}
