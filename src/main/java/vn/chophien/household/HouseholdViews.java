package vn.chophien.household;

import java.time.Instant;
import java.util.List;

/** What the household endpoints answer. */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    public record Registered(long accountId, long sellerId) {
    }

    /** A household as its helper lists it. */
    public record Managed(long sellerId, long accountId, String name, String phone, String communeCode, String village,
            Instant registeredAt, Instant takenOverAt, boolean helperActive) {
    }

    public record Act(Instant at, String helperName, String action, Long productId, String subject) {
    }

    /** The household's own page: its helper (null when it has none) and what the helper did, newest first. */
    public record Own(long sellerId, Helper helper, List<Act> acts, long totalActs, int page, int size) {
    }

    public record Helper(String name, Instant takenOverAt, boolean kept, boolean active) {
    }

    public record Page<T>(List<T> items, long total, int page, int size) {
    }
}
