package vn.chophien.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password: at least 8 characters, at most 72 bytes in UTF-8 (bcrypt ignores what follows, and a Vietnamese
 * letter takes 2 or 3 bytes, so counting characters is not enough), and not one of the 10,000 most common passwords
 * ({@code security/common-passwords.txt}). Null is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = Password.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Password {

    int MIN_CHARACTERS = 8;
    int MAX_BYTES = 72;

    String message() default "{chophien.password.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Password, String> {

        private static final Set<String> COMMON = load();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            String problem = value.codePointCount(0, value.length()) < MIN_CHARACTERS
                    ? "{chophien.password.size}"
                    : tooLong(value)
                            ? "{chophien.password.bytes}"
                            : isCommon(value) ? "{chophien.password.common}" : null;
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        static boolean tooLong(String password) {
            return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
        }

        static boolean isCommon(String password) {
            return COMMON.contains(password.toLowerCase(Locale.ROOT));
        }

        private static Set<String> load() {
            Set<String> common = new HashSet<>(16_384);
            try (InputStream in = Password.class.getResourceAsStream("/security/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("security/common-passwords.txt is missing");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        common.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(common);
        }
    }
}
