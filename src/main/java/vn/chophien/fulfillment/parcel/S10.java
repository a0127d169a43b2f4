package vn.chophien.fulfillment.parcel;

import java.util.regex.Pattern;

/**
 * UPU S10 item identifiers, as Vietnam Post prints them: two service letters, an eight-digit serial, a check digit
 * and the country ("CP012345675VN"). The check digit weighs the serial's digits by 8 6 4 2 3 5 9 7; with r the sum
 * modulo 11 it is 11 − r, except that r = 0 gives 5 and r = 1 gives 0.
 */
public final class S10 {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{2}");
    public static final long MAX_SERIAL = 99_999_999L;

    private S10() {
    }

    /** The code of a serial: service letters, the serial in eight digits, its check digit, then the country. */
    public static String code(String serviceLetters, long serial, String country) {
        if (!LETTERS.matcher(serviceLetters).matches() || !LETTERS.matcher(country).matches()) {
            throw new IllegalArgumentException("Service letters and country are two capital letters each");
        }
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("An S10 serial has eight digits: " + serial);
        }
        String digits = String.format("%08d", serial);
        return serviceLetters + digits + checkDigit(digits) + country;
    }

    /** The check digit of eight serial digits. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 0 ? 5 : r == 1 ? 0 : 11 - r;
    }

    /** Whether a text is a well-formed S10 code whose check digit is right. */
    public static boolean valid(String code) {
        return code != null && FORMAT.matcher(code).matches()
                && checkDigit(code.substring(2, 10)) == code.charAt(10) - '0';
    }
}
