package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** Names and address lines hold text a person wrote, and nothing that only looks like it or hides in it. */
@QuarkusTest
class PlainTextTest {

    @Test
    void aNulCharacterInANameIsRefusedNamingTheField() {
        register("Mai\u0000Lan").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("Không được chứa ký tự điều khiển."));
    }

    @Test
    void aRightToLeftOverrideFollowedByCombiningMarksIsRefused() {
        register("\u202E\u0301\u0301\u0301").then().statusCode(400).body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("Không được chứa ký tự đổi chiều văn bản."));
        register("Mai \u202Ena\u0308").then().statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void aCombiningMarkWithNoLetterIsRefused() {
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "password", "mat-khau-tot", "name", "\u0301\u0323 Lan",
                        "role", "BUYER"))
                .post("/api/auth/register").then().statusCode(400).body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("Has an accent mark that belongs to no letter."));
    }

    @Test
    void aNameMustHoldALetterOrADigit() {
        register("!!! ...").then().statusCode(400).body("errors.field", contains("name")).body("errors[0].message",
                equalTo("Phải có ít nhất một chữ cái hoặc chữ số."));
    }

    @Test
    void jsonThatIsNotAStringIsNotTakenAsText() {
        given().contentType(ContentType.JSON)
                .body("{\"phone\": \"" + TestAccounts.newPhone()
                        + "\", \"password\": \"mat-khau-tot\", \"name\": true, \"role\": \"BUYER\"}")
                .post("/api/auth/register").then().statusCode(400).body("errors.field", contains("name"));
        TestAccounts.SignedIn seller = TestAccounts.seller();
        given().auth().oauth2(seller.token()).contentType(ContentType.JSON).body(
                "{\"kind\": \"HOUSEHOLD\", \"name\": \"Hộ bà Dở\", \"communeCode\": \"01153\", \"address\": 1e+308}")
                .post("/api/sellers").then().statusCode(400).body("errors.field", contains("address"));
        given().auth().oauth2(seller.token()).contentType(ContentType.JSON)
                .body("{\"kind\": \"HOUSEHOLD\", \"name\": 1, \"communeCode\": \"01153\", \"address\": \"Thôn 1\"}")
                .post("/api/sellers").then().statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void aLineBreakBelongsInADescriptionButNotInAName() {
        TestAccounts.SignedIn seller = TestAccounts.seller();
        given().auth().oauth2(seller.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "HOUSEHOLD", "name", "Hộ bà\nDở", "communeCode", "01153", "address", "Thôn 1"))
                .post("/api/sellers").then().statusCode(400).body("errors.field", contains("name"));
        given().auth().oauth2(seller.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "HOUSEHOLD", "name", "Hộ bà Dở", "communeCode", "01153", "address", "Thôn 1"))
                .post("/api/sellers").then().statusCode(201);
        given().auth().oauth2(seller.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Mật ong bạc hà", "category", "HONEY", "description",
                        "Mật ong nguyên chất.\r\nThu hoạch tháng 11.", "variants",
                        java.util.List.of(
                                Map.of("label", "chai 500 ml", "weightGrams", 700, "priceVnd", 250_000, "stock", 10))))
                .post("/api/products").then().statusCode(201)
                .body("description", equalTo("Mật ong nguyên chất.\nThu hoạch tháng 11."));
    }

    private static Response register(String name) {
        return given().contentType(ContentType.JSON).body(
                Map.of("phone", TestAccounts.newPhone(), "password", "mat-khau-tot", "name", name, "role", "BUYER"))
                .post("/api/auth/register");
    }
}
