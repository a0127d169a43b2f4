package vn.chophien.order;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How orders behave over time. */
@ConfigMapping(prefix = "chophien.orders")
public interface OrderConfig {

    /** How long a VietQR order waits for its transfer before it is cancelled and its stock returns. */
    @WithDefault("PT24H")
    Duration unpaidTimeout();

    /** How often the service looks for unpaid orders past their time (on every copy; each order is taken once). */
    @WithDefault("PT1M")
    Duration unpaidCheckEvery();

    /** Cash-on-delivery orders a buyer may have open (placed, not yet completed or cancelled) at once. */
    @WithDefault("3")
    int maxOpenCod();

    /** VietQR orders a buyer may have waiting for their transfer at once. */
    @WithDefault("3")
    int maxUnpaidVietqr();

    /** How long a seller has to confirm a cash-on-delivery parcel before it is cancelled and its stock returns. */
    @WithDefault("P2D")
    Duration codConfirmTimeout();
}
