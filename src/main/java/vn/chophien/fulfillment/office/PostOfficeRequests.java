package vn.chophien.fulfillment.office;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.chophien.web.PlainText;

/** The bodies the post office endpoints accept. */
public final class PostOfficeRequests {

    private PostOfficeRequests() {
    }

    /** A new office: its carrier code, name, address, carrier (VNPOST when not given) and the communes it serves. */
    public record Create(@NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
            @NotBlank @Size(max = 160) @PlainText String name, @NotBlank @Size(max = 255) @PlainText String address,
            Carrier carrier,
            @NotEmpty @Size(max = 200) List<@NotNull @Pattern(regexp = "\\d{5}") String> communeCodes) {
    }
}
