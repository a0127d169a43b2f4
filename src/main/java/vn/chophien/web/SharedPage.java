package vn.chophien.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.quarkus.qute.TemplateInstance;

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

    /**
     * Renders the page straight into UTF-8, piece by piece as the template gives them: no String of the whole page is
     * built and then encoded and searched. Most pieces are the template's own markup, plain ASCII, which encodes as a
     * copy; only the pieces that carry Vietnamese text take the slower way. The placeholder comes whole in one piece,
     * as the value of its expression.
     */
    public static SharedPage render(TemplateInstance page) {
        Parts parts = new Parts();
        page.consume(parts).toCompletableFuture().join();
        return parts.page();
    }

    /** A page already rendered to one String (the whole of it as a single piece). */
    static SharedPage of(String html) {
        Parts parts = new Parts();
        parts.accept(html);
        return parts.page();
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

    /** The bytes so far, cut wherever a piece held the placeholder. */
    private static final class Parts implements Consumer<String> {

        private final List<byte[]> done = new ArrayList<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);

        @Override
        public void accept(String piece) {
            int from = 0;
            for (int at = piece.indexOf(CsrfToken.PLACEHOLDER); at >= 0; at = piece.indexOf(CsrfToken.PLACEHOLDER,
                    from)) {
                bytes.writeBytes(piece.substring(from, at).getBytes(StandardCharsets.UTF_8));
                done.add(bytes.toByteArray());
                bytes.reset();
                from = at + CsrfToken.PLACEHOLDER.length();
            }
            bytes.writeBytes((from == 0 ? piece : piece.substring(from)).getBytes(StandardCharsets.UTF_8));
        }

        SharedPage page() {
            done.add(bytes.toByteArray());
            return new SharedPage(done.toArray(byte[][]::new));
        }
    }
}
