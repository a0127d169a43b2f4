package vn.chophien.web;

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

    private Formats() {
    }

    @TemplateExtension
    static String vnd(long amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return vnd(amount, locale instanceof Locale l ? l : Languages.VIETNAMESE);
    }

    public static String vnd(long amount, Locale locale) {
        String digits = String.format(Locale.ROOT, "%,d", amount);
        return ("en".equals(locale.getLanguage()) ? digits : digits.replace(',', '.')) + "\u00a0₫";
    }

    @TemplateExtension
    static String dmy(LocalDate day) {
        return DAY.format(day);
    }
}
