package vn.chophien.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.chophien.PackagedService;
import vn.chophien.photo.TestImages;

/**
 * The packaged service on a 256 MB heap, as a small deployment runs it: images that would take hundreds of megabytes
 * decoded at full size, sent several at once, and a crowd of uploads while buyers browse, leave it answering.
 */
class PhotoUploadIT {

    private static PackagedService service;
    private static String seller;
    private static final List<Long> products = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.start(Path.of("target", "photo-it-data"), "-Xmx256m");
        String phone = "09" + (10_000_000 + (System.nanoTime() % 89_999_999));
        service.api().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Hộ bà Dở", "role", "SELLER"))
                .post("/api/auth/register").then().statusCode(201);
        seller = service.api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "mat-khau-tot"))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        service.api().auth().oauth2(seller).contentType(ContentType.JSON)
                .body(Map.of("kind", "HOUSEHOLD", "name", "Hộ bà Dở", "communeCode", "01153", "address", "Thôn 1"))
                .post("/api/sellers").then().statusCode(201);
        for (int i = 0; i < 6; i++) {
            long id = ((Number) service.api().auth().oauth2(seller).contentType(ContentType.JSON)
                    .body(Map.of("name", "Mật ong " + i, "category", "FRUIT", "description", "", "variants",
                            List.of(Map.of("label", "chai", "weightGrams", 700, "priceVnd", 250_000, "stock", 10))))
                    .post("/api/products").then().statusCode(201).extract().path("id")).longValue();
            service.api().auth().oauth2(seller).post("/api/products/" + id + "/publish").then().statusCode(200);
            products.add(id);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void fourHugeSixteenBitPngsAtOnceAreAcceptedOrRefusedForAStatedReason() throws Exception {
        byte[] png = flatSixteenBitPng(6324, 6324);
        assertTrue(png.length < 400_000, "a small file on the wire: " + png.length);
        List<Response> answers = all(4, i -> upload(products.get(0), png, "dong-goi.png", "image/png"));
        for (Response answer : answers) {
            int status = answer.statusCode();
            assertTrue(status == 201 || status == 503, "accepted, or refused as busy: " + answer.asString());
            if (status == 503) {
                assertNotNull(answer.header("Retry-After"), "a refusal says when to come back");
                assertEquals("https://chophien.vn/problems/photo-busy", answer.path("type"));
            } else {
                assertTrue(answer.<Integer>path("width") <= 1600, "stored at the display size");
            }
        }
        assertTrue(answers.stream().anyMatch(a -> a.statusCode() == 201), "at least one is processed");
        assertTrue(service.ready(), "the service is still ready");
    }

    @Test
    void fortyUploadsAtOnceLeaveThePagesAnswering() throws Exception {
        byte[] photo = TestImages.jpeg(3000, 2000);
        ExecutorService browsing = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch uploadsDone = new CountDownLatch(1);
            List<CompletableFuture<Map<Integer, Integer>>> buyers = new ArrayList<>();
            for (int b = 0; b < 8; b++) {
                long product = products.get(b % products.size());
                buyers.add(CompletableFuture.supplyAsync(() -> {
                    Map<Integer, Integer> statuses = new TreeMap<>();
                    do {
                        statuses.merge(service.api().get("/api/products/" + product).statusCode(), 1, Integer::sum);
                        statuses.merge(service.api().get("/").statusCode(), 1, Integer::sum);
                    } while (uploadsDone.getCount() > 0);
                    return statuses;
                }, browsing));
            }
            List<Response> uploads = all(40,
                    i -> upload(products.get(1 + i % (products.size() - 1)), photo, "cam.jpg", "image/jpeg"));
            uploadsDone.countDown();
            Map<Integer, Integer> uploaded = new TreeMap<>();
            uploads.forEach(u -> uploaded.merge(u.statusCode(), 1, Integer::sum));
            assertTrue(uploaded.keySet().stream().allMatch(s -> s == 201 || s == 503 || s == 409),
                    "uploads: " + uploaded);
            for (CompletableFuture<Map<Integer, Integer>> buyer : buyers) {
                Map<Integer, Integer> statuses = buyer.get();
                assertEquals(Map.of(200, statuses.getOrDefault(200, 0)), statuses, "pages a buyer got meanwhile");
            }
        } finally {
            browsing.shutdownNow();
        }
        assertTrue(service.ready());
    }

    private static Response upload(long product, byte[] file, String name, String type) {
        return service.api().auth().oauth2(seller).multiPart("file", name, file, type)
                .post("/api/products/" + product + "/photos");
    }

    /** Runs n calls at the same moment and returns every answer. */
    private static List<Response> all(int n, java.util.function.IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call.apply(index);
                }, pool));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (CompletableFuture<Response> c : calls) {
                answers.add(c.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A PNG of one colour, 16 bits per channel: a few hundred kilobytes that decode to width × height × 6 bytes. */
    static byte[] flatSixteenBitPng(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[]{16, 2, 0, 0, 0}); // 16-bit RGB, deflate, no filter, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(9), 1 << 16)) {
                byte[] row = new byte[1 + width * 6];
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream chunk = new DataOutputStream(out);
        chunk.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        chunk.write(name);
        chunk.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.writeInt((int) crc.getValue());
    }
}
