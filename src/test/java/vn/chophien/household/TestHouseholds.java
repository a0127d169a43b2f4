package vn.chophien.household;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.PhoneNumber;
import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.fulfillment.TestPostal;
import vn.chophien.integrations.sms.SmsSimulator;

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

    /** The code in the newest text the SMS gateway's simulator received for the phone, read over its HTTP. */
    public static String lastCode(String phone) {
        String to = PhoneNumber.normalise(phone).orElseThrow();
        String base = Arc.container().instance(SmsSimulator.class).get().start();
        List<String> texts = given().queryParam("to", to).get(base + "/_sim/messages").then().statusCode(200).extract()
                .jsonPath().getList("text", String.class);
        String last = texts.get(texts.size() - 1);
        return last.substring(last.length() - 6);
    }

    /** The household asks for a code and signs in with it: its token. */
    public static String signInWithCode(String phone) {
        given().contentType(ContentType.JSON).body(Map.of("phone", phone)).post("/api/auth/code").then()
                .statusCode(202);
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", lastCode(phone)))
                .post("/api/auth/code/sign-in").then().statusCode(200).extract().path("accessToken");
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
