package vn.chophien.payment;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What the bank-notification service and ADMINs send about payments. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    public record Credit(@NotNull @Positive @Max(100_000_000_000L) Long amountVnd,
            @NotNull @Size(max = 500) String content, @NotBlank @Size(max = 64) String reference,
            @NotNull Instant receivedAt) {
    }

    public record Assign(@NotBlank @Size(max = 16) String orderCode) {
    }
}
