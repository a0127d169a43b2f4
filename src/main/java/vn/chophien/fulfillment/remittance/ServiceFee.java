package vn.chophien.fulfillment.remittance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.fulfillment.FulfillmentConfig;

/** The post office's fee for collecting cash on a parcel: a percent of the cash, at least a minimum, in whole đồng. */
@ApplicationScoped
public class ServiceFee {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FulfillmentConfig config;

    ServiceFee(FulfillmentConfig config) {
        this.config = config;
    }

    /** Nothing when no cash was collected; otherwise the percent, rounded half up, or the minimum if more. */
    public long of(long codCollectedVnd) {
        return of(codCollectedVnd, config.serviceFee().percent(), config.serviceFee().minimumVnd());
    }

    static long of(long codCollectedVnd, BigDecimal percent, long minimumVnd) {
        if (codCollectedVnd <= 0) {
            return 0;
        }
        long fee = BigDecimal.valueOf(codCollectedVnd).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Math.max(fee, minimumVnd);
    }
}
