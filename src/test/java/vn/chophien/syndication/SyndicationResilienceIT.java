package vn.chophien.syndication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;

import vn.chophien.PackagedService;
import vn.chophien.database.DatabaseResource;
import vn.chophien.database.EmbeddedDatabase;
import vn.chophien.integrations.common.PartnerSettings;
import vn.chophien.integrations.postmart.simulator.PostmartSimulator;
import vn.chophien.integrations.sendo.simulator.SendoSimulator;
import vn.chophien.integrations.voso.simulator.VosoSimulator;

/**
 * What only real processes show: two copies of the packaged service syndicating from one database deliver every
 * listing and take every partner order exactly once, and a copy killed in the middle of a batch loses nothing when
 * started again. The partners' simulators run in this test's JVM, so they outlive the service.
 */
class SyndicationResilienceIT {

    static final Path DATA = Path.of("target", "syndication-it-data").toAbsolutePath();
    static final String TOKEN = "it-postmart-token";
    static final String KEY = "it-voso-key";
    static final String SECRET = "it-webhook-secret";
    static final String SHOP = "it-shop";
    static final String SENDO_SECRET = "it-sendo-secret";

    record SimulatorSettings(int port, Duration latency, int ratePerSecond, Duration shopperEvery,
            Duration stepEvery) implements PartnerSettings.Simulator {
    }

    static Vertx vertx;
    static EmbeddedDatabase database;
    static String jdbcUrl;
    static String user;
    static String password;
    static String postmart;
    static String voso;
    static String sendo;
    static volatile String webhookTarget = "http://127.0.0.1:1";

    @BeforeAll
    static void partnersAndDatabase() throws Exception {
        PackagedService.deleteRecursively(DATA);
        vertx = Vertx.vertx();
        SimulatorSettings settings = new SimulatorSettings(0, Duration.ZERO, 0, Duration.ZERO, Duration.ZERO);
        postmart = new PostmartSimulator(vertx, settings, TOKEN, () -> SECRET, () -> webhookTarget).start();
        voso = new VosoSimulator(vertx, settings, KEY, () -> SECRET, () -> webhookTarget).start();
        sendo = new SendoSimulator(vertx, settings, SHOP, SENDO_SECRET).start();
        if (DatabaseResource.externalUrl() == null) {
            database = EmbeddedDatabase.start(DATA.resolve("mariadb"));
            jdbcUrl = database.jdbcUrl();
            user = database.username();
            password = database.password();
        } else {
            jdbcUrl = DatabaseResource.externalUrl();
            user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
            password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        }
    }

    @AfterAll
    static void stopAll() {
        if (database != null) {
            database.stop();
        }
        vertx.close();
    }

    static PackagedService copy(String name) throws Exception {
        List<String> settings = new ArrayList<>(List.of("-Dchophien.channels.postmart.base-url=" + postmart,
                "-Dchophien.channels.postmart.api-token=" + TOKEN,
                "-Dchophien.channels.postmart.webhook-secret=" + SECRET, "-Dchophien.channels.voso.base-url=" + voso,
                "-Dchophien.channels.voso.shop-key=" + KEY, "-Dchophien.channels.voso.webhook-secret=" + SECRET,
                "-Dchophien.channels.sendo.base-url=" + sendo, "-Dchophien.channels.sendo.shop-key=" + SHOP,
                "-Dchophien.channels.sendo.secret-key=" + SENDO_SECRET, "-Dchophien.channels.sendo.poll-every=PT1S",
                "-Dchophien.outbox.lease=PT10S", "-Dchophien.outbox.poll-period=PT0.2S",
                "-Dchophien.channels.postmart.batch-size=10", "-Dchophien.channels.voso.batch-size=10",
                "-Dchophien.channels.sendo.batch-size=10"));
        if (database != null) {
            settings.addAll(List.of("-Dquarkus.datasource.jdbc.url=" + jdbcUrl, "-Dquarkus.datasource.username=" + user,
                    "-Dquarkus.datasource.password=" + password));
        }
        return PackagedService.start(DATA, name, settings);
    }

    @Test
    void twoCopiesDeliverEveryListingOnceAndTakeEveryOrderOnceThenACopyKilledMidBatchLosesNothing() throws Exception {
        PackagedService a = copy("copy-a");
        PackagedService b = copy("copy-b");
        webhookTarget = a.url();
        String seller;
        List<Long> products = new ArrayList<>();
        try {
            seller = sellerOn(a);
            for (int i = 0; i < 40; i++) {
                products.add(publish(i % 2 == 0 ? a : b, seller, i));
            }
            awaitEverywhere(products);

            long variant = a.api().get("/api/products/" + products.get(0)).jsonPath().getLong("variants[0].id");
            // In CI's second pass the database also holds the Quarkus tests' channel orders: count this run's only.
            String run = "IT" + Long.toString(System.currentTimeMillis(), 36) + "-";
            String ours = "SELECT COUNT(*) FROM orders WHERE channel = 'SENDO' AND external_ref LIKE '" + run + "%'";
            for (int i = 0; i < 8; i++) {
                given().contentType(ContentType.JSON)
                        .body(Map.of("orderNumber", run + i, "sku", "cp-v" + variant, "quantity", 1, "price", 150_000))
                        .post(sendo + "/_sim/orders").then().statusCode(201);
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> count(ours) == 8);
            Thread.sleep(3000); // both copies kept polling meanwhile
            assertEquals(8, count(ours), "each Sendo order once");
            assertEquals(92, a.api().get("/api/products/" + products.get(0)).jsonPath().getInt("variants[0].stock"));
            awaitEverywhere(products);
        } finally {
            b.stop();
        }

        // One copy, killed while partners answer slowly and a batch is on its way.
        for (String simulator : List.of(postmart, voso, sendo)) {
            given().contentType(ContentType.JSON).body(Map.of("mode", "SLOW", "delayMs", 700, "seconds", 120))
                    .post(simulator + "/_sim/faults").then().statusCode(204);
        }
        List<Long> late = new ArrayList<>();
        for (int i = 40; i < 100; i++) {
            late.add(publish(a, seller, i));
        }
        products.addAll(late);
        await().atMost(Duration.ofMinutes(2)).until(() -> late.stream().anyMatch(p -> atPostmart(p) != null));
        long through = late.stream().filter(p -> atPostmart(p) != null && at(voso + "/_sim/listings/cp-" + p) != null
                && at(sendo + "/_sim/products/cp-" + p) != null).count();
        a.kill();
        assertTrue(through < late.size(), "killed before the batches were through: " + through + " of " + late.size());
        for (String simulator : List.of(postmart, voso, sendo)) {
            given().delete(simulator + "/_sim/faults").then().statusCode(204);
        }
        PackagedService again = copy("copy-a-again");
        webhookTarget = again.url();
        try {
            awaitEverywhere(products);
        } finally {
            again.stop();
        }
    }

    /** Every product is on all three partners at its latest revision, each created there once. */
    private void awaitEverywhere(List<Long> products) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<Long, Long> revisions = revisions();
            for (long product : products) {
                JsonPath p = atPostmart(product);
                JsonPath v = at(voso + "/_sim/listings/cp-" + product);
                JsonPath s = at(sendo + "/_sim/products/cp-" + product);
                if (p == null || v == null || s == null || p.getLong("version") != revisions.get(product)
                        || v.getLong("version") != revisions.get(product)
                        || s.getLong("version") != revisions.get(product)) {
                    return false;
                }
            }
            return true;
        });
        for (long product : products) {
            assertEquals(1, atPostmart(product).getInt("creations"),
                    "product " + product + " created once at Postmart");
            assertEquals(1, at(voso + "/_sim/listings/cp-" + product).getInt("creations"));
            assertEquals(1, at(sendo + "/_sim/products/cp-" + product).getInt("creations"));
        }
    }

    private static JsonPath atPostmart(long product) {
        return at(postmart + "/_sim/products/cp-" + product);
    }

    private static JsonPath at(String url) {
        var response = given().get(url);
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    private static String sellerOn(PackagedService service) {
        String phone = "09" + (10_000_000 + (System.nanoTime() % 89_999_999));
        service.api().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Hộ Giàng Seo Pao", "role", "SELLER"))
                .post("/api/auth/register").then().statusCode(201);
        String token = service.api().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-tot")).post("/api/auth/login").then().statusCode(200)
                .extract().path("accessToken");
        service.api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "HOUSEHOLD", "name",
                "Hộ Giàng Seo Pao", "communeCode", "01153", "address", "Thôn Tân Thành")).post("/api/sellers").then()
                .statusCode(201);
        return token;
    }

    private static long publish(PackagedService service, String seller, int n) {
        long id = service.api().auth().oauth2(seller).contentType(ContentType.JSON)
                .body(Map.of("name", "Chè Shan tuyết cổ thụ số " + n, "category", "TEA", "description",
                        "Chè búp Shan tuyết hái từ cây cổ thụ trên núi cao, sao tay.", "variants",
                        List.of(Map.of("label", "gói 200 g", "weightGrams", 200, "priceVnd", 150_000, "stock", 100))))
                .post("/api/products").then().statusCode(201).extract().jsonPath().getLong("id");
        service.api().auth().oauth2(seller).post("/api/products/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static Map<Long, Long> revisions() throws SQLException {
        Map<Long, Long> revisions = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT product_id, revision FROM listing_revision")) {
            while (rows.next()) {
                revisions.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return revisions;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
