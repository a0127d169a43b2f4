package vn.chophien.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestCatalog;

/** The OCOP badge belongs to what was certified, and the trace page speaks only of what is on sale. */
@QuarkusTest
class CertifiedIdentityTest {

    @Test
    @SuppressWarnings("unchecked")
    void aRenamedCertifiedProductLosesItsBadgeUntilTheOfficerConfirms() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        TestAccounts.SignedIn officer = TestOcop.officer(TestOcop.TUYEN_QUANG);
        TestOcop.verify(officer, TestOcop.submit(shop, TestOcop.certificate(List.of(orange.id()))));
        given().get("/api/products/" + orange.id()).then().body("ocop.stars", equalTo(4));

        // a new price is no change of what was certified
        save(shop, orange.id(),
                product -> ((List<Map<String, Object>>) product.get("variants")).get(0).put("priceVnd", 52_000));
        given().get("/api/products/" + orange.id()).then().body("ocop.stars", equalTo(4));

        String renamed = TestCatalog.unique("Cam sành");
        save(shop, orange.id(), product -> product.put("name", renamed));
        given().get("/api/products/" + orange.id()).then().body("ocop", nullValue());
        String lot = renamed.substring(renamed.lastIndexOf(' ') + 1);
        given().queryParam("q", lot).queryParam("ocopStars", 4).get("/api/products").then().statusCode(200)
                .body("total", equalTo(0));

        JsonPath waiting = given().auth().oauth2(officer.token()).get("/api/ocop/changes").then().statusCode(200)
                .extract().jsonPath();
        String change = "find { it.productId == " + orange.id() + " }";
        assertEquals(orange.name(), waiting.getString(change + ".certifiedName"));
        assertEquals(renamed, waiting.getString(change + ".name"));
        long id = waiting.getLong(change + ".id");
        // an officer of another province neither sees nor confirms it; the seller cannot confirm its own change
        TestAccounts.SignedIn elsewhere = TestOcop.officer(TestOcop.HUE);
        given().auth().oauth2(elsewhere.token()).get("/api/ocop/changes").then().body("id", not(hasItem((int) id)));
        given().auth().oauth2(elsewhere.token()).post("/api/ocop/changes/" + id + "/confirm").then().statusCode(404);
        given().auth().oauth2(shop.token()).post("/api/ocop/changes/" + id + "/confirm").then().statusCode(403);

        given().auth().oauth2(officer.token()).post("/api/ocop/changes/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().get("/api/products/" + orange.id()).then().body("ocop.stars", equalTo(4));
    }

    @Test
    void theTracePageShowsNothingOfAProductThatIsNotOnSale() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        String code = given().auth().oauth2(shop.token()).contentType(ContentType.JSON)
                .body(Map.of("harvestedOn", TestOcop.today().minusDays(2).toString(), "quantityKg", 250, "notes", ""))
                .post("/api/products/" + orange.id() + "/batches").then().statusCode(201).extract().path("traceCode");
        given().get("/trace/" + code).then().statusCode(200).body(containsString(orange.name()));
        given().auth().oauth2(shop.token()).post("/api/products/" + orange.id() + "/pause").then().statusCode(200);
        given().get("/trace/" + code).then().statusCode(404).body(not(containsString(orange.name())));
    }

    @SuppressWarnings("unchecked")
    private static void save(TestCatalog.Shop shop, long productId, Consumer<Map<String, Object>> change) {
        Map<String, Object> product = given().auth().oauth2(shop.token()).get("/api/products/" + productId).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of("name", "category", "description", "version")) {
            body.put(key, product.get(key));
        }
        body.put("originCommuneCode", ((Map<String, Object>) product.get("origin")).get("communeCode"));
        List<Map<String, Object>> variants = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) product.get("variants")) {
            variants.add(new HashMap<>(Map.of("id", v.get("id"), "label", v.get("label"), "weightGrams",
                    v.get("weightGrams"), "priceVnd", v.get("priceVnd"), "stock", v.get("stock"))));
        }
        body.put("variants", variants);
        change.accept(body);
        given().auth().oauth2(shop.token()).contentType(ContentType.JSON).body(body).put("/api/products/" + productId)
                .then().statusCode(200);
    }
}
