package vn.chophien.fulfillment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.fulfillment.document.Label;
import vn.chophien.fulfillment.document.LabelPdf;
import vn.chophien.fulfillment.parcel.S10;

/** The A6 label: Vietnamese names exactly as written, the code as text, a Code 128 barcode and a QR code that scan. */
@QuarkusTest
class LabelPdfTest {

    private static final String CODE = S10.code("CP", 12_345_678, "VN");

    @Inject
    LabelPdf labels;

    private byte[] label(long cod) {
        // The receiver's name arrives decomposed (NFD), as some phone keyboards send it: it must print the same.
        String receiver = Normalizer.normalize("Đặng Thị Hữu Nguyệt", Normalizer.Form.NFD);
        return labels.render(new Label(CODE, "CPK7Q3X9MD-1", "Bưu cục Đồng Văn",
                new Label.Party("HTX Mật ong Đồng Văn", "+84912345678", "Thôn Sủng Là", "Xã Sủng Là", "Tuyên Quang"),
                new Label.Party(receiver, "+84987654321", "Số 12 ngõ 34 phố Kim Mã", "Phường Ba Đình",
                        "Thành phố Hà Nội"),
                3_200, cod, "https://chophien.vn/track/" + CODE));
    }

    @Test
    void theTextHasTheCodeAndTheVietnameseNamesExactly() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(label(380_000))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A6.getWidth(), size.getWidth(), 0.5, "A6");
            assertEquals(PDRectangle.A6.getHeight(), size.getHeight(), 0.5, "A6");
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : new String[]{CODE, "Đặng Thị Hữu Nguyệt", "HTX Mật ong Đồng Văn", "Thôn Sủng Là",
                    "Phường Ba Đình", "380.000\u00a0₫", "3,2 kg", "NGƯỜI NHẬN"}) {
                assertTrue(text.contains(expected), () -> "'" + expected + "' is not in the label: " + text);
            }
            assertTrue(text.contains("Đ") && text.contains("ữ") && text.contains("ặ"));
        }
    }

    @Test
    void lettersAFontWouldJoinAreStillLettersInTheText() throws IOException {
        // "fi", "ff", "fl" and "ffi" are ligatures in the font; drawn as one glyph they would vanish from the text.
        String sender = "Coffee Sủng Là, affine flora office";
        byte[] pdf = labels.render(new Label(CODE, "CPK7Q3X9MD-3", "Bưu cục Đồng Văn",
                new Label.Party(sender, null, "Thôn 1", "Xã Sủng Là", "Tuyên Quang"),
                new Label.Party("Lan", "+84987654321", "Ngõ 3", "Phường Ba Đình", "Thành phố Hà Nội"), 800, 0,
                "https://chophien.vn/track/" + CODE));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(sender), text);
        }
    }

    @Test
    void aPrepaidParcelSaysPaidInsteadOfAnAmount() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(label(0))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Đã thanh toán"), text);
            assertTrue(!text.contains("Thu hộ"), text);
        }
    }

    @Test
    void aSignTheFontLacksPrintsAsAQuestionMarkAndTheLabelStillPrints() throws IOException {
        byte[] pdf = labels.render(new Label(CODE, "CPK7Q3X9MD-2", "Bưu cục Đồng Văn",
                new Label.Party("Vườn cam 🍊 Hà Giang", null, "Thôn 1", "Xã Sủng Là", "Tuyên Quang"),
                new Label.Party("Lan", "+84987654321", "Ngõ 3", "Phường Ba Đình", "Thành phố Hà Nội"), 800, 0,
                "https://chophien.vn/track/" + CODE));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Vườn cam ? Hà Giang"), text);
            assertTrue(text.contains("800 g"), text);
        }
    }

    @Test
    void theBarcodeAndTheQrCodeScanFromAPrintedPage() throws IOException, NotFoundException {
        BufferedImage page;
        try (PDDocument pdf = Loader.loadPDF(label(380_000))) {
            page = new PDFRenderer(pdf).renderImageWithDPI(0, 203); // a thermal label printer's resolution
        }
        assertEquals(BarcodeFormat.CODE_128, decode(page, BarcodeFormat.CODE_128).getBarcodeFormat());
        assertEquals(CODE, decode(page, BarcodeFormat.CODE_128).getText());
        assertEquals("https://chophien.vn/track/" + CODE, decode(page, BarcodeFormat.QR_CODE).getText());
    }

    private static Result decode(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        return new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(format), DecodeHintType.TRY_HARDER, true));
    }
}
