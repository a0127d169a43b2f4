package vn.chophien.fulfillment.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.common.BitMatrix;

/**
 * A document being drawn page by page, in points from the bottom left: Vietnamese text (normalised to NFC first, as
 * PDFBox does not place combining marks; a character the font lacks becomes "?"), text wrapped to a width, lines and
 * barcodes drawn as filled rectangles, so they print sharp at any printer's resolution.
 */
final class PdfCanvas implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final PdfFonts.Fonts fonts;
    private PDPageContentStream page;

    PdfCanvas(PdfFonts fonts) {
        this.fonts = fonts.load(document);
    }

    void newPage(PDRectangle size) {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(size);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float y, float size, boolean bold, String text) {
        try {
            page.beginText();
            page.setFont(font(bold), size);
            page.newLineAtOffset(x, y);
            page.showText(printable(text, bold));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text centred on {@code centre}. */
    void centred(float centre, float y, float size, boolean bold, String text) {
        text(centre - width(text, size, bold) / 2, y, size, bold, text);
    }

    /** Writes the text in lines no wider than {@code width}; returns the baseline below the last line. */
    float wrap(float x, float y, float width, float size, boolean bold, String text) {
        float leading = size * 1.25f;
        for (String line : lines(printable(text, bold), width, size, bold)) {
            text(x, y, size, bold, line);
            y -= leading;
        }
        return y;
    }

    float width(String text, float size, boolean bold) {
        return measured(printable(text, bold), size, bold);
    }

    /** The width of a text already made printable. */
    private float measured(String printable, float size, boolean bold) {
        try {
            return font(bold).getStringWidth(printable) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float thickness) {
        try {
            page.setLineWidth(thickness);
            page.moveTo(x1, y1);
            page.lineTo(x2, y2);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float y, float width, float height) {
        try {
            page.setLineWidth(0.8f);
            page.addRect(x, y, width, height);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dark modules of a barcode, scaled into the rectangle with its bottom left at (x, y). */
    void modules(BitMatrix matrix, float x, float y, float width, float height) {
        float w = width / matrix.getWidth();
        float h = height / matrix.getHeight();
        try {
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    page.addRect(x + start * w, y + height - (row + 1) * h, (col - start) * w, h);
                }
            }
            page.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] save() {
        try {
            page.close();
            page = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(boolean bold) {
        return bold ? fonts.bold() : fonts.regular();
    }

    /** NFC, and any character the font cannot draw replaced, so one odd letter in a name never loses the label. */
    private String printable(String text, boolean bold) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        PDType0Font font = font(bold);
        try {
            font.encode(nfc);
            return nfc; // the usual case: every letter is in the font
        } catch (IOException | IllegalArgumentException e) {
            // some letter is not: find it below
        }
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private List<String> lines(String text, float width, float size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measured(candidate, size, bold) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
