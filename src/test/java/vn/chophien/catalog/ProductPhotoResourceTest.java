package vn.chophien.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.chophien.account.TestAccounts;
import vn.chophien.database.DatabaseResource;
import vn.chophien.photo.TestImages;

/** Photos from a farmer's phone: judged by content, re-encoded upright without metadata, eight at most. */
@QuarkusTest
class ProductPhotoResourceTest {

    private static final Path PHOTOS = DatabaseResource.DATA_DIR.resolve("photos");

    @Test
    void aCameraPhotoIsStoredUprightWithoutItsExifGpsOrComment() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        byte[] camera = TestImages.cameraJpeg(2000, 1200, 6);
        assertTrue(TestImages.markers(camera).contains(0xe1), "the upload carries Exif");
        assertTrue(new String(camera, StandardCharsets.ISO_8859_1).contains(TestImages.COMMENT));

        JsonPath photo = upload(product, "IMG_20261130_071502.jpg", camera, "image/jpeg").statusCode(201)
                .body("url", startsWith("/photos/")).body("thumbnailUrl", startsWith("/photos/"))
                .body("width", equalTo(960)).body("height", equalTo(1600)).body("cover", equalTo(true)).extract()
                .jsonPath();

        byte[] display = fetch(photo.getString("url"));
        byte[] thumbnail = fetch(photo.getString("thumbnailUrl"));
        for (byte[] stored : List.of(display, thumbnail)) {
            List<Integer> markers = TestImages.markers(stored);
            assertFalse(markers.stream().anyMatch(m -> m >= 0xe1 && m <= 0xef), "no APPn segment but JFIF: " + markers);
            assertFalse(markers.contains(0xfe), "no comment segment");
            String text = new String(stored, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif"));
            assertFalse(text.contains("Xiaomi"));
            assertFalse(text.contains("GPS"));
        }
        BufferedImage shown = TestImages.decode(display);
        assertEquals(960, shown.getWidth());
        assertEquals(1600, shown.getHeight());
        // Orientation 6 turns the picture a quarter clockwise: the sensor's top-left corner is now at the top right.
        assertRed(shown.getRGB(shown.getWidth() - 20, 20));
        assertOrange(shown.getRGB(20, 20));
        BufferedImage small = TestImages.decode(thumbnail);
        assertEquals(240, small.getWidth());
        assertEquals(400, small.getHeight());
        assertRed(small.getRGB(small.getWidth() - 5, 5));
    }

    @Test
    void aPhoneGetsAMediumSizeMadeOnceEvenForAPhotoStoredBeforeThereWereMediumSizes() throws IOException {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        JsonPath photo = upload(product, "cam.jpg", TestImages.cameraJpeg(2000, 1200, 1), "image/jpeg").statusCode(201)
                .body("width", equalTo(1600)).body("mediumWidth", equalTo(800)).extract().jsonPath();
        String medium = photo.getString("mediumUrl");
        BufferedImage served = TestImages.decode(fetch(medium));
        assertEquals(800, served.getWidth());
        assertEquals(480, served.getHeight());
        assertRed(served.getRGB(5, 5));

        // as a photo stored before: only its display size and thumbnail on disk
        Path stored = PHOTOS.resolve(medium.substring("/photos/".length()));
        try (Stream<Path> files = Files.walk(PHOTOS)) {
            stored = files.filter(f -> f.getFileName().toString().equals(medium.substring("/photos/".length())))
                    .findFirst().orElse(stored);
        }
        Files.delete(stored);
        assertEquals(800, TestImages.decode(fetch(medium)).getWidth());
        assertTrue(Files.exists(stored), "made once, then kept");
        given().get(medium.replace("-m.jpg", "x-m.jpg")).then().statusCode(404);
    }

    @Test
    void theProductPageOffersAPhoneTheMediumSizeAndAsksForItFirst() {
        TestCatalog.Listed product = TestCatalog.shop().published();
        JsonPath photo = upload(product, "cam.jpg", TestImages.cameraJpeg(2000, 1200, 1), "image/jpeg").statusCode(201)
                .extract().jsonPath();
        String page = given().get("/p/" + product.slug()).then().statusCode(200).extract().asString();
        String img = page.substring(page.indexOf("<img src=\"" + photo.getString("url")));
        img = img.substring(0, img.indexOf('>'));
        assertTrue(img.contains(photo.getString("mediumUrl") + " 800w"), img);
        assertTrue(img.contains(photo.getString("thumbnailUrl") + " 400w"), img);
        assertTrue(img.contains(photo.getString("url") + " 1600w"), img);
        assertTrue(img.contains("fetchpriority=\"high\""), img);

        TestCatalog.Listed small = TestCatalog.shop().published();
        String smallUrl = upload(small, "small.jpg", TestImages.jpeg(640, 480), "image/jpeg").statusCode(201)
                .body("mediumWidth", equalTo(640)).extract().path("url");
        String smallPage = given().get("/p/" + small.slug()).then().statusCode(200).extract().asString();
        assertFalse(smallPage.contains(smallUrl.replace("-d.jpg", "-m.jpg")), "no medium larger than the photo");

        // a portrait photo's sizes are as wide as the files are, so a phone picks the one it needs
        TestCatalog.Listed tall = TestCatalog.shop().published();
        JsonPath portrait = upload(tall, "doc.jpg", TestImages.jpeg(1200, 1600), "image/jpeg").statusCode(201)
                .body("thumbnailWidth", equalTo(300)).body("mediumWidth", equalTo(600)).extract().jsonPath();
        assertEquals(300, TestImages.decode(fetch(portrait.getString("thumbnailUrl"))).getWidth());
        String tallPage = given().get("/p/" + tall.slug()).then().statusCode(200).extract().asString();
        assertTrue(tallPage.contains(portrait.getString("thumbnailUrl") + " 300w,"), tallPage);
        assertTrue(tallPage.contains(portrait.getString("mediumUrl") + " 600w,"), tallPage);
    }

    @Test
    void photosAreServedWithLongCacheHeaders() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        String url = upload(product, "cam.jpg", TestImages.jpeg(800, 600), "image/jpeg").statusCode(201)
                .body("width", equalTo(800)).body("height", equalTo(600)).extract().path("url");
        given().get(url).then().statusCode(200).contentType("image/jpeg").header("Cache-Control",
                equalTo("public, max-age=31536000, immutable"));
        given().get("/photos/khong-co-anh-nay.jpg").then().statusCode(404);
    }

    @Test
    void pngAndWebpAreAcceptedAndStoredAsJpeg() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        String png = upload(product, "logo.png", TestImages.png(500, 300), "image/png").statusCode(201)
                .body("width", equalTo(500)).body("height", equalTo(300)).extract().path("url");
        BufferedImage flattened = TestImages.decode(fetch(png));
        assertEquals(500, flattened.getWidth());
        // The transparent half turns white, not black.
        Color right = new Color(flattened.getRGB(450, 150));
        assertTrue(right.getRed() > 240 && right.getGreen() > 240 && right.getBlue() > 240, "white: " + right);
        String webp = upload(product, "anh.webp", TestImages.webp(), "image/webp").statusCode(201)
                .body("width", equalTo(1)).body("height", equalTo(1)).body("cover", equalTo(false)).extract()
                .path("url");
        assertEquals(0xff, fetch(webp)[0] & 0xff);
        assertEquals(0xd8, fetch(webp)[1] & 0xff);
    }

    @Test
    void whatIsNotAJpegPngOrWebpIs415AndNothingIsStored() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        long files = storedFiles();
        byte[] text = "Đây là ghi chú, không phải ảnh.".getBytes(StandardCharsets.UTF_8);
        byte[] brokenJpeg = Arrays.copyOf(TestImages.jpeg(400, 300), 200);
        Arrays.fill(brokenJpeg, 3, 200, (byte) 0x41);
        for (Object[] upload : new Object[][]{{"ghichu.txt", text, "text/plain"}, {"anh.jpg", text, "image/jpeg"},
                {"hoat-hinh.gif", TestImages.gif(40, 40), "image/gif"},
                {"giay.pdf", TestImages.pdf(), "application/pdf"}, {"hong.jpg", brokenJpeg, "image/jpeg"}}) {
            upload(product, (String) upload[0], (byte[]) upload[1], (String) upload[2]).statusCode(415)
                    .contentType("application/problem+json").body("status", equalTo(415));
        }
        given().header("Accept-Language", "en").auth().oauth2(product.shop().token())
                .multiPart("file", "anh.jpg", text, "image/jpeg").post("/api/products/" + product.id() + "/photos")
                .then().statusCode(415).body("detail", equalTo("Only JPEG, PNG or WebP images are accepted."));
        assertNoPhotos(product);
        assertEquals(files, storedFiles());
    }

    @Test
    void aFileOver10MegabytesIs413AndNothingIsStored() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        long files = storedFiles();
        byte[] huge = new byte[10 * 1024 * 1024 + 512 * 1024];
        byte[] jpeg = TestImages.jpeg(100, 100);
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
        upload(product, "IMG_RAW.jpg", huge, "image/jpeg").statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("Ảnh quá lớn: tối đa 10 MB."));
        assertNoPhotos(product);
        assertEquals(files, storedFiles());
    }

    @Test
    void anImageOver40MegapixelsIsRefusedBeforeItIsDecoded() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        long files = storedFiles();
        byte[] bomb = TestImages.pngClaiming(10_000, 10_000);
        assertTrue(bomb.length < 2_000, "a small file: " + bomb.length);
        upload(product, "bom.png", bomb, "image/png").statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("Ảnh có quá nhiều điểm ảnh: tối đa 40 megapixel."));
        upload(product, "dai.png", TestImages.pngClaiming(40_001, 1_000), "image/png").statusCode(413);
        assertNoPhotos(product);
        assertEquals(files, storedFiles());
    }

    @Test
    void theNinthPhotoIs409() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        byte[] jpeg = TestImages.jpeg(64, 48);
        for (int i = 1; i <= 8; i++) {
            upload(product, "anh-" + i + ".jpg", jpeg, "image/jpeg").statusCode(201);
        }
        upload(product, "anh-9.jpg", jpeg, "image/jpeg").statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Mỗi sản phẩm có tối đa 8 ảnh."));
        given().auth().oauth2(product.shop().token()).get("/api/products/" + product.id()).then().body("photos.size()",
                equalTo(8));
    }

    @Test
    void photosAreReorderedAndRemovedAndTheFirstIsTheCover() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        long first = upload(product, "1.jpg", TestImages.jpeg(64, 48), "image/jpeg").extract().jsonPath().getLong("id");
        long second = upload(product, "2.jpg", TestImages.jpeg(48, 64), "image/jpeg").extract().jsonPath()
                .getLong("id");
        String photos = "/api/products/" + product.id() + "/photos";
        given().auth().oauth2(product.shop().token()).contentType(ContentType.JSON)
                .body(java.util.Map.of("photoIds", List.of(second, first))).put(photos + "/order").then()
                .statusCode(200).body("id", equalTo(List.of((int) second, (int) first)))
                .body("cover", equalTo(List.of(true, false)));
        given().auth().oauth2(product.shop().token()).contentType(ContentType.JSON)
                .body(java.util.Map.of("photoIds", List.of(second))).put(photos + "/order").then().statusCode(400)
                .body("errors[0].field", equalTo("photoIds"));
        given().auth().oauth2(product.shop().token()).delete(photos + "/" + second).then().statusCode(204);
        given().auth().oauth2(product.shop().token()).get("/api/products/" + product.id()).then()
                .body("photos.id", equalTo(List.of((int) first))).body("photos[0].cover", equalTo(true));
        given().auth().oauth2(product.shop().token()).delete(photos + "/" + second).then().statusCode(404);
    }

    @Test
    void anotherSellerGets404OnEveryPhotoWrite() {
        TestCatalog.Listed product = TestCatalog.shop().draft();
        long photo = upload(product, "1.jpg", TestImages.jpeg(64, 48), "image/jpeg").extract().jsonPath().getLong("id");
        String photos = "/api/products/" + product.id() + "/photos";
        String other = TestCatalog.shop().token();
        given().auth().oauth2(other).multiPart("file", "x.jpg", TestImages.jpeg(64, 48), "image/jpeg").post(photos)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(java.util.Map.of("photoIds", List.of(photo)))
                .put(photos + "/order").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).delete(photos + "/" + photo).then().statusCode(404)
                .contentType("application/problem+json");
        String buyer = TestAccounts.buyer().token();
        given().auth().oauth2(buyer).multiPart("file", "x.jpg", TestImages.jpeg(64, 48), "image/jpeg").post(photos)
                .then().statusCode(403);
        given().auth().oauth2(buyer).delete(photos + "/" + photo).then().statusCode(403);
        given().multiPart("file", "x.jpg", TestImages.jpeg(64, 48), "image/jpeg").post(photos).then().statusCode(401)
                .contentType("application/problem+json");
        given().delete(photos + "/" + photo).then().statusCode(401);
        given().auth().oauth2(product.shop().token()).get("/api/products/" + product.id()).then().body("photos.id",
                equalTo(List.of((int) photo)));
    }

    private static ValidatableResponse upload(TestCatalog.Listed product, String name, byte[] content, String type) {
        return given().auth().oauth2(product.shop().token()).multiPart("file", name, content, type)
                .post("/api/products/" + product.id() + "/photos").then();
    }

    private static byte[] fetch(String url) {
        return given().get(url).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
    }

    private static void assertNoPhotos(TestCatalog.Listed product) {
        given().auth().oauth2(product.shop().token()).get("/api/products/" + product.id()).then().statusCode(200)
                .body("photos.size()", equalTo(0));
    }

    private static long storedFiles() {
        if (!Files.exists(PHOTOS)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(PHOTOS)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRed(int rgb) {
        Color c = new Color(rgb);
        assertTrue(c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60, "red: " + c);
    }

    private static void assertOrange(int rgb) {
        Color c = new Color(rgb);
        assertTrue(c.getRed() > 200 && c.getGreen() > 100 && c.getGreen() < 170 && c.getBlue() < 60, "orange: " + c);
    }
}
