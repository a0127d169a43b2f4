package vn.chophien.web;

import java.text.Normalizer;

/** Vietnamese text as stored: trimmed and NFC-normalised, so the same words always compare equal. */
public final class Text {

    private Text() {
    }

    public static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
