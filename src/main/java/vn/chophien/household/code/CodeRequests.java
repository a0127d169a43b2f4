package vn.chophien.household.code;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.chophien.account.Password;
import vn.chophien.account.VietnameseMobile;

/** The bodies of signing in with a code. */
public final class CodeRequests {

    private CodeRequests() {
    }

    public record SendCode(@NotBlank @VietnameseMobile String phone) {
    }

    /** The code received; a password may be chosen at the same time, for signing in without a code later. */
    public record SignIn(@NotBlank @VietnameseMobile String phone,
            @NotBlank @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "{chophien.code.digits}") String code,
            @Password String newPassword) {
    }
}
