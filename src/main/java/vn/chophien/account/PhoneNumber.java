package vn.chophien.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers as people type them ({@code 0912 345 678}, {@code 0912.345.678}, {@code 84912345678},
 * {@code +84912345678}), reduced to the one form stored: {@code +84912345678}.
 */
public final class PhoneNumber {

    /** Subscriber numbers of the mobile networks: 03x, 05x, 07x, 08x and 09x after the leading zero. */
    private static final Pattern MOBILE = Pattern.compile("(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\\d)\\d{7}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private PhoneNumber() {
    }

    /** The {@code +84…} form of a Vietnamese mobile number, or empty when the text is not one. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return Optional.empty();
        }
        return MOBILE.matcher(digits).matches() ? Optional.of("+84" + digits) : Optional.empty();
    }
}
