package vn.chophien;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What operators and load balancers rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessCoversTheDatabaseAndCamel() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("camel-context", "Database connections health check"))
                .body("checks.find { it.name == 'camel-context' }.data.status", equalTo("Started"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void metricsAreInPrometheusFormatOnTheManagementPortOnly() {
        given().get("/api/places/provinces").then().statusCode(200);
        given().get(metrics).then().log().ifValidationFails().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/auth/register"))
                .body("paths", hasKey("/api/places/provinces/{code}/communes"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void frontEndFilesAreFingerprintedAndCachedForAYear() {
        String home = given().get("/").then().statusCode(200).extract().asString();
        // The stylesheet travels inside the page, so a phone on 3G paints without a second request; the script is a
        // fingerprinted file kept for a year.
        assertTrue(home.contains("<style>") && !home.contains("rel=\"stylesheet\""), "the CSS inlined");
        Matcher m = Pattern.compile("/assets/app-[A-Z0-9]+\\.js").matcher(home);
        assertTrue(m.find(), "a fingerprinted app.js");
        given().get(m.group()).then().statusCode(200).header("Cache-Control", containsString("max-age=31536000"))
                .header("Cache-Control", containsString("immutable"));
    }

    @Test
    void pagesAreCompressed() {
        given().header("Accept-Encoding", "gzip").get("/").then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
