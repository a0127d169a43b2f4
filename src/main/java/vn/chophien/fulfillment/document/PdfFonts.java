package vn.chophien.fulfillment.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Be Vietnam Pro, regular and bold (see {@code fonts/README.md}): read from the class path once, embedded in each
 * document as a subset of the letters it uses, so a label carries a few kilobytes of font rather than the whole.
 * Ligatures are off: PDFBox would draw "fi" or "ff" as one glyph that no character maps back to, so a search, a copy
 * or a screen reader would find "Coffee" as "Co ee" in a statement.
 */
@ApplicationScoped
public class PdfFonts {

    private final byte[] regular = read("fonts/BeVietnamPro_400Regular.ttf");
    private final byte[] bold = read("fonts/BeVietnamPro_700Bold.ttf");

    /** The two fonts, ready to draw with in this document. */
    public Fonts load(PDDocument document) {
        try {
            return new Fonts(font(document, regular), font(document, bold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(document, font, true);
    }

    public record Fonts(PDType0Font regular, PDType0Font bold) {
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
