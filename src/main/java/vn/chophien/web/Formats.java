package vn.chophien.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages write money and dates: {@code {price.vnd}} gives "45.000 ₫" in Vietnamese and "45,000 ₫" in English,
 * {@code {day.dmy}} gives "01/12/2026". The non-breaking space keeps an amount on one line.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamClock.ZONE);

    private Formats() {
    }

    @TemplateExtension
    static String vnd(long amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return vnd(amount, locale instanceof Locale l ? l : Languages.VIETNAMESE);
    }

    public static String vnd(long amount, Locale locale) {
        return group(amount, "en".equals(locale.getLanguage()) ? ',' : '.') + "\u00a0₫";
    }

    /** A count with its thousands grouped: "10.000" in Vietnamese, "10,000" in English. */
    @TemplateExtension
    static String grouped(long count, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return group(count, locale instanceof Locale l && "en".equals(l.getLanguage()) ? ',' : '.');
    }

    /**
     * Digits in threes, by hand: a product page writes a dozen prices, and {@code String.format} parsing its pattern
     * each time was a twentieth of an uncached page's CPU.
     */
    static String group(long number, char separator) {
        String digits = Long.toString(number);
        int start = number < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3).append(digits, 0, start);
        int head = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, start, start + head);
        for (int i = start + head; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A weight in kilograms with one decimal: "1,2 kg" in Vietnamese, "1.2 kg" in English. */
    @TemplateExtension
    static String kg(long grams, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        String text = String.format(Locale.ROOT, "%.1f", grams / 1000.0);
        boolean english = locale instanceof Locale l && "en".equals(l.getLanguage());
        return (english ? text : text.replace('.', ',')) + "\u00a0kg";
    }

    /** An instant as a time in Vietnam: "01/12/2026 14:05". */
    @TemplateExtension
    public static String vnTime(Instant at) {
        return TIME.format(at);
    }

    @TemplateExtension
    public static String dmy(LocalDate day) {
        return DAY.format(day);
    }
}
