package vn.chophien.web;

import java.util.Locale;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/** The two languages the product speaks, and which one a request wants: the {@code lang} cookie, then Accept-Language. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String COOKIE = "lang";

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        Cookie chosen = headers.getCookies().get(COOKIE);
        return of(chosen == null ? null : chosen.getValue(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language chosen by the {@code lang} cookie, else the first of Vietnamese or English accepted, else Vietnamese. */
    public static Locale of(String chosen, String acceptLanguage) {
        if (chosen != null) {
            return of(chosen);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if ("vi".equalsIgnoreCase(language)) {
                    return VIETNAMESE;
                }
                if ("en".equalsIgnoreCase(language)) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header chooses nothing
        }
        return VIETNAMESE;
    }

    public static Locale of(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : VIETNAMESE;
    }
}
