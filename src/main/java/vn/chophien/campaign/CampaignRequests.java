package vn.chophien.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.chophien.web.PlainText;

/** The bodies the campaign endpoints accept. */
public final class CampaignRequests {

    private CampaignRequests() {
    }

    /** A new campaign; the target in kilograms, the closing day included and after the opening day. */
    public record Create(@NotBlank @Size(max = 120) @PlainText String name,
            @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode, @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn, @NotNull @Positive @Max(100_000_000) Long targetKg, Boolean preorders) {
    }

    /**
     * A product taking part. With {@code expectedKg} (and a campaign taking pre-orders) buyers may pre-order up to that
     * much, shipped in the window given (the campaign's dates when none is).
     */
    public record OptIn(@NotNull @Positive Long productId, @Positive @Max(10_000_000) Long expectedKg,
            LocalDate shipsFrom, LocalDate shipsBy) {
    }

    /** The harvest of a product: its day, what was picked, and how it was grown (for its public trace page). */
    public record Harvest(@NotNull @PastOrPresent LocalDate harvestedOn,
            @NotNull @DecimalMin(value = "0.1") @DecimalMax("1000000") BigDecimal harvestedKg,
            @Size(max = 5000) @PlainText(multiline = true, letterOrDigit = false) String notes) {
    }
}
