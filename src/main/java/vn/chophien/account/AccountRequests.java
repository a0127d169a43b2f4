package vn.chophien.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.chophien.web.PlainText;

/** The bodies the account endpoints accept. */
public final class AccountRequests {

    private AccountRequests() {
    }

    public record Register(@NotBlank @VietnameseMobile String phone, @NotBlank @Password String password,
            @NotBlank @Size(max = 120) @PlainText String name, @NotNull Role role) {
    }

    public record Login(@NotBlank @Size(max = 32) String phone,
            @NotBlank @Size(max = 72) @PasswordBytes String password) {
    }

    /** A new password in place of the current one, which must be given again. */
    public record ChangePassword(@NotBlank @Size(max = 72) @PasswordBytes String currentPassword,
            @NotBlank @Password String newPassword) {
    }

    public record CreateAccount(@NotBlank @VietnameseMobile String phone, @NotBlank @Password String password,
            @NotBlank @Size(max = 120) @PlainText String name, @NotNull Role role, @Positive Long postOfficeId,
            @Pattern(regexp = "\\d{2}") String provinceCode) {
    }
}
