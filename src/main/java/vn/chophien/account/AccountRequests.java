package vn.chophien.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The bodies the account endpoints accept. */
public final class AccountRequests {

    private AccountRequests() {
    }

    public record Register(@NotBlank @VietnameseMobile String phone,
            @NotBlank @Size(min = 8, max = 72, message = "{chophien.password.size}") String password,
            @NotBlank @Size(max = 120) String name, @NotNull Role role) {
    }

    public record Login(@NotBlank @Size(max = 32) String phone, @NotBlank @Size(max = 72) String password) {
    }

    public record CreateAccount(@NotBlank @VietnameseMobile String phone,
            @NotBlank @Size(min = 8, max = 72, message = "{chophien.password.size}") String password,
            @NotBlank @Size(max = 120) String name, @NotNull Role role, @Positive Long postOfficeId,
            @Pattern(regexp = "\\d{2}") String provinceCode) {
    }
}
