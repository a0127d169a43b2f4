package vn.chophien.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/**
 * A buyer on 3G: the first view of the home page, a search and a product page must come to at most 60 KB over the
 * wire (HTML with its inline CSS, and JavaScript, as compressed bytes; photos aside), with the assets cached for a year.
 */
@QuarkusTest
class PageWeightTest {

    static final int FIRST_VIEW_LIMIT = 60 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    @TestHTTPResource("/")
    URL root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFirstViewOfTheMainPagesStaysUnder60KilobytesCompressed() throws Exception {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX Cam Vàng " + word, TestShops.BAC_QUANG);
        TestShops.Listing listing = null;
        for (int i = 0; i < 30; i++) {
            listing = TestShops.published(shop, "Cam Vàng Hà Giang loại " + i + " " + word, "FRUIT",
                    "Cam sành vàng, vỏ mỏng, ngọt thanh. ".repeat(20),
                    new Pack("thùng 10 kg", 10_000, 100_000 + i, 10));
        }
        for (String path : List.of("/", "/search?q=cam+vang", "/p/" + listing.slug())) {
            HttpResponse<byte[]> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""), path + " is not compressed");
            long total = page.body().length;
            String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> assets = new ArrayList<>();
            for (Matcher m = ASSET.matcher(html); m.find();) {
                assets.add(m.group(1));
            }
            assertTrue(html.contains("<style>"), "the page carries its CSS");
            assertTrue(!assets.isEmpty(), "the page links its JavaScript: " + assets);
            for (String asset : assets) {
                HttpResponse<byte[]> file = get(asset);
                assertEquals(200, file.statusCode(), asset);
                assertEquals("gzip", file.headers().firstValue("Content-Encoding").orElse(""), asset);
                assertTrue(file.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
                        asset + " is not cached for a year");
                total += file.body().length;
            }
            assertTrue(total <= FIRST_VIEW_LIMIT, path + " weighs " + total + " bytes compressed");
        }
    }

    /**
     * The post office's pages on a phone: the queue with a day's stops, and a parcel's page. The camera scanning
     * fallback (ZXing) is not part of the first view: it loads only when the camera starts without BarcodeDetector.
     */
    @Test
    void theFirstViewOfTheStaffPagesStaysUnder60KilobytesCompressed() throws Exception {
        vn.chophien.fulfillment.TestPostal.Office office = vn.chophien.fulfillment.TestPostal.office();
        vn.chophien.account.TestAccounts.SignedIn staff = vn.chophien.fulfillment.TestPostal.staff(office);
        long parcel = 0;
        for (int i = 0; i < 20; i++) {
            parcel = vn.chophien.fulfillment.TestPostal.ready(office.communes().get(i % 2), "COD", 800, 150_000, 1)
                    .parcel();
        }
        for (String path : List.of("/postal", "/postal/parcels/" + parcel, "/postal/statements")) {
            HttpResponse<byte[]> page = get(path, "chophien_session=" + staff.token());
            assertEquals(200, page.statusCode(), path);
            long total = page.body().length;
            String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> assets = new ArrayList<>();
            for (Matcher m = ASSET.matcher(html); m.find();) {
                assets.add(m.group(1));
            }
            assertTrue(html.contains("<style>"), "the page carries its CSS");
            assertTrue(!assets.isEmpty(), "the page links its JavaScript: " + assets);
            for (String asset : assets) {
                total += get(asset).body().length;
            }
            assertTrue(total <= FIRST_VIEW_LIMIT, path + " weighs " + total + " bytes compressed");
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .header("Accept-Encoding", "gzip");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        HttpRequest request = builder.GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
