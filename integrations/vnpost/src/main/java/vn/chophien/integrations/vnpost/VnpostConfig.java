package vn.chophien.integrations.vnpost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.chophien.integrations.common.CarrierSettings;

/** Vietnam Post's settings, {@code chophien.carriers.vnpost.*} (the common ones are explained in CarrierSettings and PartnerSettings). */
@ConfigMapping(prefix = "chophien.carriers.vnpost")
public interface VnpostConfig extends CarrierSettings {

    /** The service parcels are sent with: BK (parcel post) or EMS. */
    @WithDefault("BK")
    @Override
    String service();
}
