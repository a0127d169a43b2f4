package vn.chophien.household;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.fulfillment.TestPostal;

/** Helpers, the households they sign up, and the codes those receive, for tests, made through the API. */
public final class TestHouseholds {

    private TestHouseholds() {
    }

    /** A household signed up by a helper: its login phone, account and shop. */
    public record Household(String phone, long accountId, long sellerId) {
    }

    /** A post office clerk, a helper. */
    public static TestAccounts.SignedIn helper() {
        return TestPostal.staff(TestPostal.office());
    }

    public static Household register(TestAccounts.SignedIn helper) {
        String phone = TestAccounts.newPhone();
        JsonPath created = given().auth().oauth2(helper.token()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "name", "Hộ bà Giàng Thị Mỷ", "communeCode", TestShops.BAC_QUANG,
                        "village", "Thôn Nà Khương"))
                .post("/api/helpers/households").then().statusCode(201).extract().jsonPath();
        return new Household(phone, created.getLong("accountId"), created.getLong("sellerId"));
    }

    /** A draft the helper lists for the household. */
    public static Response listFor(TestAccounts.SignedIn helper, long sellerId, String name) {
        return given().auth().oauth2(helper.token()).contentType(ContentType.JSON).queryParam("sellerId", sellerId)
                .body(Map.of("name", name, "category", "FRUIT", "description", "Cam chín cây, hái sáng nay.",
                        "variants",
                        List.of(Map.of("label", "1 kg", "weightGrams", 1000, "priceVnd", 45000, "stock", 20))))
                .post("/api/products");
    }
}
