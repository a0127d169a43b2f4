package vn.chophien.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestCatalog;

/** Harvest batches: recorded by the product's seller only, each with its own unguessable trace code. */
@QuarkusTest
class BatchResourceTest {

    @Test
    void aSellerRecordsABatchAndGetsItsTraceCodeAndUrl() {
        TestCatalog.Listed orange = TestCatalog.shop().published();
        String code = given().auth().oauth2(orange.shop().token()).contentType(ContentType.JSON)
                .body(batch(TestOcop.today().minusDays(3), 250.5, "Hái tay, để ráo một ngày."))
                .post("/api/products/" + orange.id() + "/batches").then().statusCode(201)
                .body("traceCode", matchesPattern("[2-9a-hjkmnp-z]{12}"))
                .body("traceUrl", matchesPattern("http://localhost:8080/trace/[2-9a-hjkmnp-z]{12}"))
                .body("quantityKg", equalTo(250.5f)).extract().path("traceCode");
        given().auth().oauth2(orange.shop().token()).contentType(ContentType.JSON)
                .body(batch(TestOcop.today().minusDays(1), 100, "")).post("/api/products/" + orange.id() + "/batches")
                .then().statusCode(201).body("traceCode", org.hamcrest.Matchers.not(equalTo(code)));
        given().auth().oauth2(orange.shop().token()).get("/api/products/" + orange.id() + "/batches").then()
                .statusCode(200).body("size()", equalTo(2)).body("[1].traceCode", equalTo(code))
                .body("[1].traceUrl", equalTo("http://localhost:8080/trace/" + code));
    }

    @Test
    void aHarvestRecordedTodayInVietnamIsAccepted() {
        TestCatalog.Listed orange = TestCatalog.shop().draft();
        given().auth().oauth2(orange.shop().token()).contentType(ContentType.JSON)
                .body(batch(TestOcop.today(), 80, "Thu sáng nay.")).post("/api/products/" + orange.id() + "/batches")
                .then().statusCode(201).body("harvestedOn", equalTo(TestOcop.today().toString()));
    }

    @Test
    void aBatchNeedsAPastHarvestAndAQuantity() {
        TestCatalog.Listed orange = TestCatalog.shop().draft();
        String path = "/api/products/" + orange.id() + "/batches";
        given().auth().oauth2(orange.shop().token()).contentType(ContentType.JSON)
                .body(batch(TestOcop.today().plusDays(2), 80, "")).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("harvestedOn"))
                .body("errors[0].message", equalTo("Không được là ngày trong tương lai."));
        given().auth().oauth2(orange.shop().token()).contentType(ContentType.JSON).body(batch(TestOcop.today(), 0, ""))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("quantityKg"))
                .body("errors[0].message", equalTo("Phải lớn hơn hoặc bằng 0.1."));
        given().auth().oauth2(orange.shop().token()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(batch(TestOcop.today().plusDays(2), 2_000_000, "")).post(path).then().statusCode(400)
                .body("errors.message", equalTo(List.of("Must not be in the future.", "Must be at most 1000000.")));
        given().auth().oauth2(orange.shop().token()).get(path).then().body("size()", equalTo(0));
    }

    @Test
    void onlyItsSellerRecordsOrListsAProductsBatches() {
        TestCatalog.Listed orange = TestCatalog.shop().published();
        String path = "/api/products/" + orange.id() + "/batches";
        Map<String, Object> body = batch(TestOcop.today().minusDays(1), 80, "");
        given().auth().oauth2(TestCatalog.shop().token()).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCatalog.shop().token()).get(path).then().statusCode(404);
        given().auth().oauth2(TestAccounts.buyer().token()).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(orange.shop().token()).get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    static Map<String, Object> batch(LocalDate harvestedOn, double quantityKg, String notes) {
        return Map.of("harvestedOn", harvestedOn.toString(), "quantityKg", quantityKg, "notes", notes);
    }

    static String record(TestCatalog.Listed product, LocalDate harvestedOn, String notes) {
        return given().auth().oauth2(product.shop().token()).contentType(ContentType.JSON)
                .body(batch(harvestedOn, 1200, notes)).post("/api/products/" + product.id() + "/batches").then()
                .statusCode(201).extract().path("traceCode");
    }
}
