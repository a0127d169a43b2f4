package vn.chophien.integrations.viettelpost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.chophien.integrations.common.CarrierSettings;

/**
 * Viettel Post's settings, {@code chophien.carriers.viettelpost.*} (the common ones are in CarrierSettings and
 * PartnerSettings).
 */
@ConfigMapping(prefix = "chophien.carriers.viettelpost")
public interface ViettelPostConfig extends CarrierSettings {

    /** The service parcels are sent with (VCN: parcel, express). */
    @WithDefault("VCN")
    @Override
    String service();
}
