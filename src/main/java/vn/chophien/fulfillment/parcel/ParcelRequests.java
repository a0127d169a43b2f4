package vn.chophien.fulfillment.parcel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.chophien.web.PlainText;

/** The bodies the post office's parcel endpoints accept. */
public final class ParcelRequests {

    /** The heaviest parcel the post office takes, in grams. */
    public static final int MAX_GRAMS = 30_000;
    /** More cash than any parcel could carry: a typing slip, refused. */
    public static final long MAX_CASH_VND = 1_000_000_000L;

    private ParcelRequests() {
    }

    /** What the scale showed, in grams. */
    public record PickUp(@NotNull @Min(1) @Max(MAX_GRAMS) Integer weightGrams) {
    }

    /** The cash the buyer actually paid, in đồng; left out for a parcel paid by VietQR. */
    public record Deliver(@PositiveOrZero @Max(MAX_CASH_VND) Long codCollectedVnd) {
    }

    /** Why the parcel goes back to its seller; the buyer and the seller read it. */
    public record Return(@NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }
}
