package vn.chophien.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page rendered once for every visitor ({@link CsrfToken#withPlaceholder}), kept as UTF-8 bytes around the places
 * each visitor's own token goes. Bytes, not a String: Vietnamese text makes a Java string two bytes a character, so a
 * cache of these holds about twice the pages in the same heap, and no request encodes the page again.
 */
public final class SharedPage {

    private final byte[][] parts;

    private SharedPage(byte[][] parts) {
        this.parts = parts;
    }

    public static SharedPage of(String html) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(CsrfToken.PLACEHOLDER); at >= 0; at = html.indexOf(CsrfToken.PLACEHOLDER, from)) {
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + CsrfToken.PLACEHOLDER.length();
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new SharedPage(parts.toArray(byte[][]::new));
    }

    /** The page's bytes with this token wherever the placeholder was. */
    byte[] with(String token) {
        byte[] between = token.getBytes(StandardCharsets.US_ASCII);
        int length = between.length * (parts.length - 1);
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(between, 0, page, at, between.length);
                at += between.length;
            }
            System.arraycopy(parts[i], 0, page, at, parts[i].length);
            at += parts[i].length;
        }
        return page;
    }
}
