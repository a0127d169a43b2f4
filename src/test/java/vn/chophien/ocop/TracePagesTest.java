package vn.chophien.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.catalog.TestCatalog;
import vn.chophien.photo.TestImages;

/** The public page a buyer reaches by scanning the label's QR code: where the batch comes from, in Vietnamese. */
@QuarkusTest
class TracePagesTest {

    @Test
    void theTracePageTellsABuyerWhereTheBatchComesFrom() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.product(TestCatalog.unique("Cam Vàng Bắc Quang")).published();
        LocalDate harvested = TestOcop.today().minusDays(5);
        String code = BatchResourceTest.record(orange, harvested,
                "Bón phân chuồng hoai, không phun thuốc trước thu hoạch 30 ngày.");
        String day = "%02d/%02d/%d".formatted(harvested.getDayOfMonth(), harvested.getMonthValue(),
                harvested.getYear());
        given().get("/trace/" + code).then().statusCode(200).contentType("text/html")
                .body(containsString("<html lang=\"vi\">")).body(containsString(orange.name()))
                .body(containsString("Xã Bắc Quang, Tuyên Quang")).body(containsString(day))
                .body(containsString("1.200 kg")).body(containsString("không phun thuốc trước thu hoạch"))
                .body(containsString("Chưa có chứng nhận OCOP còn hiệu lực")).body(containsString(code))
                .body(containsString("/trace/" + code + "/qr.png"));
        String seller = given().get("/api/sellers/" + shop.sellerId()).then().extract().path("name");
        given().get("/trace/" + code).then().body(containsString(seller));

        long certificate = TestOcop.submit(shop, TestOcop.certificate(List.of(orange.id())));
        TestOcop.verify(TestOcop.officer(TestOcop.TUYEN_QUANG), certificate);
        given().get("/trace/" + code).then().statusCode(200).body(containsString("Sản phẩm OCOP 4 sao"))
                .body(containsString("Giấy chứng nhận số 1234/QĐ-UBND, do UBND tỉnh Tuyên Quang cấp"))
                .body(not(containsString("Chưa có chứng nhận OCOP còn hiệu lực")));
        given().header("Accept-Language", "en").get("/trace/" + code).then().statusCode(200)
                .body(containsString("4-star OCOP product"));
    }

    @Test
    void anUnknownTraceCodeIs404() {
        given().get("/trace/khongcomalo22").then().statusCode(404).contentType("text/html");
        given().get("/trace/khongcomalo22/qr.png").then().statusCode(404);
        given().get("/trace/NOT-A-CODE").then().statusCode(404);
    }

    @Test
    void theQrCodeDecodesToTheTraceUrl() throws NotFoundException, ChecksumException, FormatException {
        TestCatalog.Listed orange = TestCatalog.shop().published();
        String code = BatchResourceTest.record(orange, TestOcop.today().minusDays(1), "");
        String url = given().auth().oauth2(orange.shop().token()).get("/api/products/" + orange.id() + "/batches")
                .then().extract().path("[0].traceUrl");
        byte[] png = given().get("/trace/" + code + "/qr.png").then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("max-age")).extract().asByteArray();
        BufferedImage image = TestImages.decode(png);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
        assertEquals("http://localhost:8080/trace/" + code, url);
    }
}
