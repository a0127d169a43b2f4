package vn.chophien.fulfillment;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the post office's work is numbered and charged. */
@ConfigMapping(prefix = "chophien.fulfillment")
public interface FulfillmentConfig {

    /**
     * The two capital letters a tracking code starts with (UPU S10 service indicator: C… for parcels, E… for EMS, R…
     * for registered mail), agreed with the carrier. Each pair has its own serial of 99,999,999 codes.
     */
    @WithDefault("CP")
    String serviceLetters();

    /** The fee the post office keeps for collecting cash on delivery. */
    ServiceFee serviceFee();

    interface ServiceFee {
        /** Percent of the cash collected on a parcel (1.5 is 1.5 %), rounded half up to the đồng. */
        @WithDefault("1.5")
        BigDecimal percent();

        /** The least fee per parcel with cash collected, in đồng. */
        @WithDefault("5000")
        long minimumVnd();
    }
}
