package vn.chophien.fulfillment.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.chophien.fulfillment.PostalMsg;
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;

/**
 * A6 shipping labels (105 × 148 mm, what label printers at post offices take): sender and receiver, weight, the cash
 * to collect or "Đã thanh toán", the tracking code as a Code 128 barcode with the code written below, and a QR code
 * to the parcel's public tracking page. Always in Vietnamese, the language of the postal network.
 */
@ApplicationScoped
public class LabelPdf {

    static final PDRectangle A6 = PDRectangle.A6;
    private static final float M = 14;

    private final PdfFonts fonts;
    private final PostalMsg msg;

    LabelPdf(PdfFonts fonts, PostalMsg msg) {
        this.fonts = fonts;
        this.msg = msg;
    }

    public byte[] render(Label label) {
        try (PdfCanvas canvas = new PdfCanvas(fonts)) {
            draw(canvas, label);
            return canvas.save();
        }
    }

    /** Draws the label on a new page of the canvas. */
    void draw(PdfCanvas c, Label l) {
        c.newPage(A6);
        float w = A6.getWidth();
        float right = w - M;
        float y = A6.getHeight() - 24;
        c.text(M, y, 10, true, msg.app_name() + " · " + l.officeName());
        c.text(right - c.width(l.parcelCode(), 8, false), y, 8, false, l.parcelCode());
        c.line(M, y - 7, right, y - 7, 1.2f);

        y -= 22;
        c.text(M, y, 7, true, msg.label_sender().toUpperCase(Locale.ROOT));
        y = party(c, y - 12, l.sender(), 9.5f, 8.5f);
        c.line(M, y + 4, right, y + 4, 0.6f);

        y -= 10;
        c.text(M, y, 7, true, msg.label_receiver().toUpperCase(Locale.ROOT));
        y = party(c, y - 15, l.receiver(), 12.5f, 10);
        c.line(M, y + 4, right, y + 4, 1.2f);

        y -= 14;
        c.text(M, y, 9, false, msg.label_weight() + ": " + weight(l.weightGrams()));
        String cash = l.codVnd() > 0 ? Formats.vnd(l.codVnd(), Languages.VIETNAMESE) : msg.label_paid();
        String cashLabel = l.codVnd() > 0 ? msg.label_collect() : "";
        c.text(right - c.width(cash, 14, true), y - 3, 14, true, cash);
        if (!cashLabel.isEmpty()) {
            c.text(right - c.width(cash, 14, true) - c.width(cashLabel + " ", 9, false) - 2, y, 9, false, cashLabel);
        }

        float barcodeTop = y - 16;
        c.modules(code128(l.trackingCode()), M, barcodeTop - 58, w - 2 * M, 58);
        c.centred(w / 2, barcodeTop - 74, 14, true, l.trackingCode());

        float qr = 70;
        c.modules(qr(l.trackUrl()), right - qr, M, qr, qr);
        float textY = M + qr - 10;
        textY = c.wrap(M, textY, w - 2 * M - qr - 8, 8, true, msg.label_track_hint());
        c.wrap(M, textY - 2, w - 2 * M - qr - 8, 7.5f, false, l.trackUrl());
    }

    private static float party(PdfCanvas c, float y, Label.Party p, float nameSize, float textSize) {
        float width = A6.getWidth() - 2 * M;
        y = c.wrap(M, y, width, nameSize, true, p.name());
        if (p.phone() != null && !p.phone().isBlank()) {
            c.text(M, y, textSize, true, p.phone());
            y -= textSize * 1.3f;
        }
        return c.wrap(M, y, width, textSize, false, String.join(", ", List.of(p.address(), p.commune(), p.province())));
    }

    /** "350 g" under a kilogram, else kilograms to the gram as weighed: "3,2 kg", "1,75 kg", "12,345 kg". */
    static String weight(long grams) {
        if (grams < 1000) {
            return grams + " g";
        }
        return java.math.BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString().replace('.', ',') + " kg";
    }

    static BitMatrix code128(String code) {
        return new Code128Writer().encode(code, BarcodeFormat.CODE_128, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    }

    static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for " + text, e);
        }
    }
}
