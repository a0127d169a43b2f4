package vn.chophien.integrations.viettelpost;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.chophien.integrations.common.PartnerSettings;

/** Viettel Post's settings, {@code chophien.carriers.viettelpost.*} (the common ones are in PartnerSettings). */
@ConfigMapping(prefix = "chophien.carriers.viettelpost")
public interface ViettelPostConfig extends PartnerSettings {

    /** The partner account; unset with the simulator means: one is made at start. */
    Optional<String> username();

    Optional<String> password();

    /** The service parcels are sent with (VCN: parcel, express). */
    @WithDefault("VCN")
    String service();
}
