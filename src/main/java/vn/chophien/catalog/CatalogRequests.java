package vn.chophien.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.chophien.account.VietnameseMobile;
import vn.chophien.web.PlainText;

/** The bodies the catalog endpoints accept. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    public record CreateSeller(@NotNull SellerKind kind, @NotBlank @Size(max = 160) @PlainText String name,
            @NotBlank @Pattern(regexp = "\\d{5}") String communeCode,
            @NotBlank @Size(max = 255) @PlainText String address, @VietnameseMobile String phone,
            @Valid Payout payout) {
    }

    /** A Vietnamese bank account as VietQR names it: the bank's six-digit BIN, the number and the holder. */
    public record Payout(@NotBlank @Pattern(regexp = "9[67]\\d{4}", message = "{chophien.bank.bin}") String bankBin,
            @NotBlank @Pattern(regexp = "\\d{6,19}", message = "{chophien.bank.account}") String accountNumber,
            @NotBlank @Size(max = 60) @PlainText String holderName) {
    }

    public record AddMember(@NotBlank @VietnameseMobile String phone) {
    }

    public record SaveProduct(@NotBlank @Size(max = 160) @PlainText String name, @NotNull Category category,
            @NotNull @Size(max = 5000) @PlainText(multiline = true, letterOrDigit = false) String description,
            @Pattern(regexp = "\\d{5}") String originCommuneCode, LocalDate availableFrom, LocalDate availableTo,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid SaveVariant> variants,
            /** The version the edit was made from; required on update, ignored on create. */
            Long version) {
    }

    /**
     * A pack size. {@code version} is the one the edit was made from (as read with the product): when given and stale
     * (a sale or another edit came in between), the save is refused with 409 rather than overwriting the stock.
     */
    public record SaveVariant(Long id, @NotBlank @Size(max = 60) @PlainText String label,
            @NotNull @Positive @Max(100_000) Integer weightGrams, @NotNull @Positive @Max(1_000_000_000) Long priceVnd,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer stock,
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*") String sku, Long version) {
        public SaveVariant(Long id, String label, Integer weightGrams, Long priceVnd, Integer stock, String sku) {
            this(id, label, weightGrams, priceVnd, stock, sku, null);
        }
    }

    public record Reject(@NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }
}
