package vn.chophien.household.training;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.chophien.account.VietnameseMobile;
import vn.chophien.web.PlainText;

/** A class as the helper records it. */
public record TrainingRequests(@NotNull @PastOrPresent LocalDate heldOn,
        @NotBlank @Pattern(regexp = "\\d{5}") String communeCode, @NotBlank @Size(max = 120) @PlainText String trainer,
        @NotEmpty @Size(max = 500) List<@NotBlank @VietnameseMobile String> attendeePhones) {
}
