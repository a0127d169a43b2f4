package vn.chophien.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Vietnamese text as stored (trimmed, NFC-normalised, so the same words compare equal) and folded to ASCII. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Without diacritics, đ/Đ included (NFD alone leaves them, being letters of their own): "Đặc sản" → "Dac san". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /** As text is stored: Windows line breaks made plain, trimmed, NFC-normalised. */
    public static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text.replace("\r\n", "\n").strip(), Normalizer.Form.NFC);
    }
}
