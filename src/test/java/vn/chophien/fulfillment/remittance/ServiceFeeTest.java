package vn.chophien.fulfillment.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The post office's fee for collecting cash: a percent rounded half up to the đồng, never under the minimum. */
class ServiceFeeTest {

    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");

    @Test
    void aPercentOfTheCashRoundedHalfUpAboveTheMinimum() {
        assertEquals(6_000, ServiceFee.of(400_000, ONE_AND_A_HALF, 5_000));
        assertEquals(5_051, ServiceFee.of(336_700, ONE_AND_A_HALF, 5_000), "5.050,5 rounds up");
        assertEquals(5_049, ServiceFee.of(336_633, ONE_AND_A_HALF, 5_000), "5.049,495 rounds down");
    }

    @Test
    void theMinimumForSmallAmountsAndNothingWhenNoCashWasCollected() {
        assertEquals(5_000, ServiceFee.of(45_000, ONE_AND_A_HALF, 5_000));
        assertEquals(0, ServiceFee.of(0, ONE_AND_A_HALF, 5_000));
    }
}
