package vn.chophien.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.chophien.account.VietnameseMobile;
import vn.chophien.web.PlainText;

/** The bodies the household endpoints accept. */
public final class HouseholdRequests {

    private HouseholdRequests() {
    }

    /** A household a helper signs up: its phone (its login from now on), name, commune and village. */
    public record Register(@NotBlank @VietnameseMobile String phone, @NotBlank @Size(max = 120) @PlainText String name,
            @NotBlank @Pattern(regexp = "\\d{5}") String communeCode,
            @NotBlank @Size(max = 255) @PlainText String village) {
    }

    /** The household's choice: keep its helper acting for it after taking its account over, or not. */
    public record KeepHelper(@NotNull Boolean kept) {
    }
}
