package vn.chophien.dashboard;

import java.time.LocalDate;
import java.util.Set;

/**
 * The households of a province trained in classes, from the feature that records the classes: a bean implementing
 * this fills the dashboard's {@code households.trained} and {@code households.trainedSelling}; without one they are
 * absent.
 */
public interface TrainedHouseholds {

    /** Households trained in classes held in the province up to the day given. */
    Trained trained(String provinceCode, LocalDate upTo);

    /**
     * @param households how many households attended a class
     * @param sellerIds the sellers those households became, to count which of them went on to sell
     */
    record Trained(long households, Set<Long> sellerIds) {
    }
}
