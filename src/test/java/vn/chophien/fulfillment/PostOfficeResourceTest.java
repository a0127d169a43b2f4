package vn.chophien.fulfillment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;

/** ADMINs open post offices; a commune is served by one office at most; anyone may ask who serves a commune. */
@QuarkusTest
class PostOfficeResourceTest {

    @Test
    void anOfficeServesItsCommunesAndAnyoneCanAskWhoCollects() {
        TestPostal.Office office = TestPostal.office();
        given().get("/api/post-offices?communeCode=" + office.communes().get(1)).then().statusCode(200)
                .body("", hasSize(1)).body("[0].code", equalTo(office.code())).body("[0].carrier", equalTo("VNPOST"))
                .body("[0].communes.code", org.hamcrest.Matchers.hasItem(office.communes().get(1)));
        given().get("/api/post-offices?communeCode=abc").then().statusCode(400).body("errors[0].field",
                equalTo("communeCode"));
        given().get("/api/post-offices").then().statusCode(200).body("code",
                org.hamcrest.Matchers.hasItem(office.code()));
    }

    @Test
    void aCommuneServedAlreadyIsA409NamingTheOffice() {
        TestPostal.Office first = TestPostal.office();
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "DUP" + first.code(), "name", "Bưu cục khác", "address", "Thôn 2", "communeCodes",
                        List.of(first.communes().get(0))))
                .post("/api/admin/post-offices").then().statusCode(409).contentType("application/problem+json")
                .body("postOffice.code", equalTo(first.code())).body("postOffice.id", equalTo((int) first.id()))
                .body("detail", containsString(first.code())).body("detail", containsString(first.name()));
        given().get("/api/post-offices?communeCode=" + first.communes().get(0)).then().body("[0].code",
                equalTo(first.code()));
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", first.code(), "name", "Trùng mã", "address", "Thôn 2", "communeCodes",
                        List.of("99999")))
                .post("/api/admin/post-offices").then().statusCode(400)
                .body("errors[0].field", equalTo("communeCodes[0]"));
    }

    @Test
    void theContractListsThePostOfficeEndpointsByStableNames() {
        String openapi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        for (String operation : List.of("createPostOffice", "listPostOffices", "listPostalParcels", "listPickupStops",
                "pickUpParcel", "handOverParcel", "deliverParcel", "returnParcel", "getParcelLabel", "getPickupRound",
                "getRemittances", "closeStatement", "markStatementPaid", "exportStatementCsv", "exportStatementPdf",
                "getSellerRemittances", "restockReturnedParcel", "listCashMismatches", "trackParcel")) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    openapi.contains("\"operationId\" : \"" + operation + "\"")
                            || openapi.contains("\"operationId\":\"" + operation + "\""),
                    operation + " is not in /q/openapi");
        }
    }

    @Test
    void onlyAnAdminOpensAnOffice() {
        Map<String, Object> body = Map.of("code", "X1", "name", "Bưu cục", "address", "Thôn 1", "communeCodes",
                List.of("00004"));
        given().contentType(ContentType.JSON).body(body).post("/api/admin/post-offices").then().statusCode(401);
        given().auth().oauth2(TestAccounts.buyer().token()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/post-offices").then().statusCode(403);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "X2", "name", "Bưu cục", "address", "Thôn 1", "communeCodes", List.of()))
                .post("/api/admin/post-offices").then().statusCode(400)
                .body("errors[0].field", equalTo("communeCodes"));
        given().get("/api/post-offices?communeCode=00004").then().statusCode(200).body("", empty());
    }
}
