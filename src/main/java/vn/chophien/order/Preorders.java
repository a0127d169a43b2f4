package vn.chophien.order;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A port to harvest campaigns: which products sell ahead of their harvest. A line of such a product is a pre-order: it
 * takes no stock (there is none yet), its parcel waits until the seller records the harvest, and all pre-orders of a
 * product together never promise more than its seller expects to pick.
 */
public interface Preorders {

    /** Of these products, those selling ahead of harvest today; a quick look, {@link #holdAllowances} decides. */
    Set<Long> preorderable(Collection<Long> productIds);

    /**
     * Locks the pre-order allowance of each of these products, in id order, until the caller's transaction ends, and
     * returns the grams each may promise in all; a product no longer taking pre-orders is absent.
     */
    Map<Long, Long> holdAllowances(Collection<Long> productIds);
}
