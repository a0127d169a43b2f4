package vn.chophien.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;
import vn.chophien.order.TestOrders;

/**
 * A buyer on a phone without JavaScript: fills a cart from two sellers before signing in, signs in, checks out with
 * VietQR, sees one order in two parcels with the code to pay; each seller confirms their parcel.
 */
@QuarkusTest
class CartPagesTest {

    private static final String CSRF = "AAAAAAAAAAAAAAAAAAAAAA";

    @BeforeAll
    static void postFormsAsBrowsersDo() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }

    @Test
    void aVisitorsCartFromTwoSellersBecomesOneVietQrOrderInTwoParcels() {
        String word = TestShops.word();
        TestShops.Shop oranges = TestShops.open("HTX Cam " + word, TestShops.BAC_QUANG);
        TestShops.Shop honey = TestShops.open("Hộ Mật ong " + word, TestShops.BAC_QUANG);
        TestShops.Listing orange = TestShops.published(oranges, "Cam Vàng " + word, "FRUIT", "",
                new Pack("túi 3 kg", 3000, 145_000, 10));
        TestShops.Listing bottle = TestShops.published(honey, "Mật ong " + word, "HONEY", "",
                new Pack("chai 500 ml", 800, 250_000, 5));

        // a visitor, not signed in, puts two bags of oranges and a bottle of honey in the cart
        Response first = visitor().formParam("csrf-token", CSRF).formParam("variantId", orange.variantIds().get(0))
                .formParam("quantity", "2").post("/cart/items");
        first.then().statusCode(303).header("Location", containsString("/cart"));
        String cart = first.getCookie(CartPages.COOKIE);
        assertNotNull(cart, "the visitor gets a cart cookie");
        visitor().cookie(CartPages.COOKIE, cart).formParam("csrf-token", CSRF)
                .formParam("variantId", bottle.variantIds().get(0)).post("/cart/items").then().statusCode(303);
        visitor().cookie(CartPages.COOKIE, cart).queryParam("to", "01").get("/cart").then().statusCode(200)
                .body(containsString("Kiện hàng từ HTX Cam " + word))
                .body(containsString("Kiện hàng từ Hộ Mật ong " + word)).body(containsString("290.000\u00a0₫"))
                .body(containsString("Phí ship")).body(containsString("Tổng cộng"));

        // signing in carries the cart over; checkout asks the province, then the commune and address
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String checkout = signedIn(buyer).cookie(CartPages.COOKIE, cart).queryParam("province", "01").get("/checkout")
                .then().statusCode(200).body(containsString("Phường Ba Đình")).body(containsString("value=\"VIETQR\""))
                .extract().asString();
        String key = field(checkout, "key");
        Response placed = placeOrder(buyer, cart, key);
        placed.then().statusCode(303).header("Location", containsString("/orders/"));
        String orderPath = placed.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        // the same form sent again (a double tap on a slow connection) shows the same order, and orders nothing
        placeOrder(buyer, cart, key).then().statusCode(303).header("Location", containsString(orderPath));
        given().auth().oauth2(buyer.token()).get("/api/orders").then().body("total", equalTo(1));
        signedIn(buyer).get("/cart").then().body(containsString("Giỏ hàng đang trống"));

        String order = signedIn(buyer).get(orderPath).then().statusCode(200)
                .body(containsString("Quét mã để thanh toán")).body(containsString("0011001932418"))
                .body(containsString("/vietqr.png")).body(containsString("Kiện ")).extract().asString();
        assertEquals(2, count(order, "class=\"card parcel\""));

        // each seller sees its own parcel and confirms it with one button
        for (TestShops.Shop shop : new TestShops.Shop[]{oranges, honey}) {
            String incoming = signedIn(shop.owner()).get("/seller/orders").then().statusCode(200)
                    .body(containsString("Xác nhận đơn")).extract().asString();
            Matcher confirm = Pattern.compile("action=\"(/seller/orders/\\d+/confirm)\"").matcher(incoming);
            confirm.find();
            signedIn(shop.owner()).formParam("csrf-token", CSRF).post(confirm.group(1)).then().statusCode(303);
        }
        signedIn(buyer).get(orderPath).then().body(not(containsString("Mới đặt</span>")))
                .body(containsString("Đã xác nhận"));
    }

    @Test
    void checkoutTellsWhatIsShortAndKeepsTheCart() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                "TEA", "", new Pack("gói 200 g", 200, 90_000, 3));
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        signedIn(buyer).formParam("csrf-token", CSRF).formParam("variantId", tea.variantIds().get(0))
                .formParam("quantity", "3").post("/cart/items").then().statusCode(303);
        TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 2))
                .then().statusCode(201); // someone else was quicker
        signedIn(buyer).get("/cart").then().body(containsString("Chỉ còn 1 trong kho"));
        String checkout = signedIn(buyer).queryParam("province", "01").get("/checkout").then().extract().asString();
        placeOrder(buyer, null, field(checkout, "key")).then().statusCode(409)
                .body(containsString("Không đủ hàng cho một số sản phẩm"));
        signedIn(buyer).get("/cart").then().body(containsString("Chè " + word));
    }

    @Test
    void checkoutNeedsASignedInBuyer() {
        given().redirects().follow(false).get("/checkout").then().statusCode(303).header("Location",
                containsString("/login?next=%2Fcheckout"));
        signedIn(TestAccounts.seller()).get("/checkout").then().statusCode(403);
    }

    private static Response placeOrder(TestAccounts.SignedIn buyer, String cart, String key) {
        var request = signedIn(buyer);
        if (cart != null) {
            request.cookie(CartPages.COOKIE, cart);
        }
        return request.formParam("csrf-token", CSRF).formParam("key", key).formParam("province", "01")
                .formParam("communeCode", TestOrders.BA_DINH).formParam("line1", "Số 12 ngõ 34 phố Kim Mã")
                .formParam("name", "Trần Văn Minh").formParam("phone", "0987 654 321")
                .formParam("paymentMethod", "VIETQR").post("/checkout");
    }

    private static RequestSpecification visitor() {
        return given().redirects().follow(false).cookie("chophien_csrf", CSRF);
    }

    private static RequestSpecification signedIn(TestAccounts.SignedIn account) {
        return visitor().cookie("chophien_session", account.token());
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no field " + name);
        }
        return m.group(1);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
