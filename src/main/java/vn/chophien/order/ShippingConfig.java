package vn.chophien.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The shipping fee table: a parcel pays the base of its route for its first kilogram, then per started kilogram. */
@ConfigMapping(prefix = "chophien.shipping")
public interface ShippingConfig {

    /** Seller and buyer in the same province (nội tỉnh). */
    Rate sameProvince();

    /** Another province of the same region, north, central or south (nội miền). */
    Rate neighbouring();

    /** Another region (liên miền). */
    Rate far();

    interface Rate {
        /** VND for a parcel up to 1 kg. */
        @WithDefault("20000")
        long baseVnd();

        /** VND for each further kilogram or part of one. */
        @WithDefault("5000")
        long perExtraKgVnd();
    }
}
