package vn.chophien.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.chophien.web.Text;

/** Readable ASCII slugs from Vietnamese names: "Cam Vàng Bắc Quang" → "cam-vang-bac-quang". */
public final class Slugs {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String text) {
        String slug = NOT_ALNUM.matcher(Text.fold(text).toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "san-pham" : slug;
    }
}
