package vn.chophien.payment;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.chophien.web.PlainText;

/** What the bank-notification service and ADMINs send about payments. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    public record Credit(@NotNull @Positive @Max(100_000_000_000L) Long amountVnd,
            @NotNull @Size(max = 500) @PlainText(letterOrDigit = false) String content,
            @NotBlank @Size(max = 64) @PlainText String reference, @NotNull Instant receivedAt) {
    }

    /** Why an ADMIN confirms a payment by hand ("seen on the statement of 02/12"): kept with the order. */
    public record Confirm(@NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }

    public record Assign(@NotBlank @Size(max = 16) @PlainText String orderCode) {
    }
}
