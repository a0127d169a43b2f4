package vn.chophien.order;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** Orders for tests, placed through the API as a buyer's phone would. */
public final class TestOrders {

    /** Phường Hà Giang 1, Tuyên Quang. */
    public static final String HA_GIANG_1 = "00694";
    /** Phường Ba Đình, Hà Nội. */
    public static final String BA_DINH = "00004";
    /** Phường Sài Gòn, Thành phố Hồ Chí Minh. */
    public static final String SAI_GON = "26740";

    private TestOrders() {
    }

    public static Map<String, Object> shipTo(String communeCode) {
        return Map.of("name", "Nguyễn Thị Lan", "phone", "0912 345 678", "line1", "Số 12 ngõ 34 phố Kim Mã",
                "communeCode", communeCode);
    }

    public static Map<String, Object> order(String method, String communeCode, Object... variantAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < variantAndQuantity.length; i += 2) {
            lines.add(Map.of("variantId", variantAndQuantity[i], "quantity", variantAndQuantity[i + 1]));
        }
        return Map.of("lines", lines, "shipTo", shipTo(communeCode), "paymentMethod", method);
    }

    public static Response place(TestAccounts.SignedIn buyer, Map<String, Object> body) {
        return place(buyer, UUID.randomUUID().toString(), body);
    }

    public static Response place(TestAccounts.SignedIn buyer, String key, Map<String, Object> body) {
        return given().auth().oauth2(buyer.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/orders");
    }

    public static int stockOf(long productId, long variantId) {
        return given().get("/api/products/" + productId).then().statusCode(200).extract().jsonPath()
                .getInt("variants.find { it.id == " + variantId + " }.stock");
    }
}
