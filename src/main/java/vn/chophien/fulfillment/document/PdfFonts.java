package vn.chophien.fulfillment.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Be Vietnam Pro, regular and bold (see {@code fonts/README.md}): read from the class path once, embedded in each
 * document as a subset of the letters it uses, so a label carries a few kilobytes of font rather than the whole.
 */
@ApplicationScoped
public class PdfFonts {

    private final byte[] regular = read("fonts/BeVietnamPro_400Regular.ttf");
    private final byte[] bold = read("fonts/BeVietnamPro_700Bold.ttf");

    /** The two fonts, ready to draw with in this document. */
    public Fonts load(PDDocument document) {
        try {
            return new Fonts(PDType0Font.load(document, new ByteArrayInputStream(regular), true),
                    PDType0Font.load(document, new ByteArrayInputStream(bold), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
