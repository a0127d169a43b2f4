package vn.chophien.order;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.chophien.account.VietnameseMobile;
import vn.chophien.web.PlainText;

/** The bodies the order endpoints accept. */
public final class OrderRequests {

    private OrderRequests() {
    }

    /**
     * A checkout. {@code expectedTotalVnd} is the total the buyer was shown: when prices or shipping changed since,
     * the order is refused (409 with both totals) for the buyer to confirm the new one.
     */
    public record PlaceOrder(@NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines, @NotNull @Valid ShipTo shipTo,
            @NotNull PaymentMethod paymentMethod, @PositiveOrZero Long expectedTotalVnd) {
        public PlaceOrder(List<Line> lines, ShipTo shipTo, PaymentMethod paymentMethod) {
            this(lines, shipTo, paymentMethod, null);
        }
    }

    public record Line(@NotNull @Positive Long variantId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    /** Where the parcel goes: a person, a Vietnamese mobile, the street or village, and the commune's code. */
    public record ShipTo(@NotBlank @Size(max = 120) @PlainText String name, @NotBlank @VietnameseMobile String phone,
            @NotBlank @Size(max = 255) @PlainText String line1,
            @NotBlank @Pattern(regexp = "\\d{5}") String communeCode) {
    }

    public record Cancel(@Size(max = 500) @PlainText(multiline = true) String reason) {
    }

    /** A seller cancelling a parcel says why; the buyer reads it. */
    public record SellerCancel(@NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }

    /**
     * An order a partner channel took: its reference there, what its customer bought at which price, where it goes and
     * whether the customer pays the postman (COD) or already paid the channel (CHANNEL). Built by the channel's
     * importer, not sent by clients.
     */
    public record PlaceChannelOrder(String channel, String externalRef, List<ChannelLine> lines, ShipTo shipTo,
            PaymentMethod paymentMethod) {
    }

    /** A pack size bought on a channel, at the channel's price. */
    public record ChannelLine(long variantId, int quantity, long unitPriceVnd) {
    }
}
