package vn.chophien.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.chophien.web.PlainText;

/** The bodies the OCOP and traceability endpoints accept. */
public final class OcopRequests {

    private OcopRequests() {
    }

    public record Submit(@NotEmpty @Size(max = 50) List<@NotNull Long> productIds,
            @NotNull @Min(3) @Max(5) Integer stars, @NotBlank @Size(max = 80) @PlainText String number,
            @NotBlank @Size(max = 200) @PlainText String issuedBy, @NotNull @PastOrPresent LocalDate issuedOn,
            @NotNull LocalDate expiresOn) {
    }

    public record Reject(@NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }

    public record RecordBatch(@NotNull @PastOrPresent LocalDate harvestedOn,
            @NotNull @DecimalMin(value = "0.1") @DecimalMax("1000000") BigDecimal quantityKg,
            @NotNull @Size(max = 5000) @PlainText(multiline = true, letterOrDigit = false) String notes) {
    }
}
