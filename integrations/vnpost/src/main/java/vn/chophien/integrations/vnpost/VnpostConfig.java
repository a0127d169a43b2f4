package vn.chophien.integrations.vnpost;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.chophien.integrations.common.PartnerSettings;

/** Vietnam Post's settings, {@code chophien.carriers.vnpost.*} (the common ones are explained in PartnerSettings). */
@ConfigMapping(prefix = "chophien.carriers.vnpost")
public interface VnpostConfig extends PartnerSettings {

    /** The MyVNPost partner account; unset with the simulator means: one is made at start. */
    Optional<String> username();

    Optional<String> password();

    /** The service parcels are sent with: BK (parcel post) or EMS. */
    @WithDefault("BK")
    String service();
}
