package vn.chophien.household.training;

/**
 * Households trained (distinct phones that attended a class) and how many of them went on to sell (their shop has at
 * least one order, from any channel).
 */
public record TrainingCounts(long classes, long trainedHouseholds, long selling) {
}
