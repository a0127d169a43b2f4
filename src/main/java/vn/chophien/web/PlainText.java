package vn.chophien.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text as people write it, judged as it will be stored ({@link Text#clean}: trimmed, NFC): no control characters (a
 * newline only where {@link #multiline}), no bidi embeddings, overrides or isolates (which make a name read backwards
 * on a label), no combining mark that belongs to no letter, and for names and address lines ({@link #letterOrDigit})
 * at least one letter or digit. Put it on every text field of a request; null and empty are left to
 * {@code @NotBlank}/{@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{chophien.text.invalid}";

    /** Descriptions and notes may hold line breaks; names and address lines may not. */
    boolean multiline() default false;

    /** Names, labels and address lines must say something: at least one letter or digit. */
    boolean letterOrDigit() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;
        private boolean letterOrDigit;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
            letterOrDigit = annotation.letterOrDigit();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = Text.clean(value);
            if (text.isEmpty()) {
                return true;
            }
            String problem = problem(text, multiline, letterOrDigit);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{chophien.text." + problem + "}").addConstraintViolation();
            return false;
        }

        /** The message key suffix of what is wrong with already cleaned text, or null when it is fine. */
        static String problem(String text, boolean multiline, boolean letterOrDigit) {
            boolean sawLetterOrDigit = false;
            int previous = -1;
            for (int i = 0; i < text.length();) {
                int c = text.codePointAt(i);
                int type = Character.getType(c);
                if (c == '\n' ? !multiline : type == Character.CONTROL) {
                    return "control";
                }
                if (isBidiControl(c)) {
                    return "bidi";
                }
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    if (previous < 0 || !(Character.isLetterOrDigit(previous) || isMark(previous))) {
                        return "lone-mark";
                    }
                }
                sawLetterOrDigit |= Character.isLetterOrDigit(c);
                previous = c;
                i += Character.charCount(c);
            }
            return letterOrDigit && !sawLetterOrDigit ? "no-letter" : null;
        }

        private static boolean isMark(int c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        /** LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI. */
        private static boolean isBidiControl(int c) {
            return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
        }
    }

}
