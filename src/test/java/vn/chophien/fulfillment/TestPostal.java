package vn.chophien.fulfillment;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.order.TestOrders;

/**
 * Post offices, their staff and parcels ready for pickup, for tests, made through the API. Each office serves
 * communes no other test's office has (picked at random, another pick when one is taken), so tests sharing one
 * database never see each other's parcels.
 */
public final class TestPostal {

    /**
     * Northern provinces other than Hà Nội, to pick communes from: a parcel from any of them to Ba Đình ships on the
     * same route (NEIGHBOURING: 25.000 ₫ for the first kilogram, 5.000 ₫ for each further one).
     */
    private static final List<String> PROVINCES = List.of("04", "08", "11", "12", "14", "15", "19", "20", "25", "37");
    public static final long FIRST_KG_VND = 25_000;
    public static final long EXTRA_KG_VND = 5_000;
    private static final List<String> COMMUNES = new ArrayList<>();

    private TestPostal() {
    }

    public record Office(long id, String code, String name, List<String> communes) {
    }

    /** A parcel ready for pickup: its shop, listing, buyer, order and seller order. */
    public record Ready(TestShops.Shop shop, TestShops.Listing listing, TestAccounts.SignedIn buyer, long order,
            long parcel, JsonPath placed) {
    }

    public static Office office() {
        return office("VNPOST");
    }

    /** An office whose parcels travel with this carrier: VNPOST or VIETTELPOST. */
    public static Office office(String carrier) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<String> communes = List.of(randomCommune(), randomCommune());
            String code = "T" + TestShops.word().substring(2, 9).toUpperCase();
            String name = "Bưu cục Đồng Văn " + code;
            Response created = given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", name, "address", "Số 1 đường Nguyễn Trãi", "carrier", carrier,
                            "communeCodes", communes))
                    .post("/api/admin/post-offices");
            if (created.statusCode() == 201) {
                return new Office(created.jsonPath().getLong("id"), code, name, communes);
            }
            if (created.statusCode() != 409 || communes.get(0).equals(communes.get(1))) {
                created.then().statusCode(201);
            }
        }
        throw new IllegalStateException("No free communes found");
    }

    public static TestAccounts.SignedIn staff(Office office) {
        String phone = TestAccounts.newPhone();
        String password = "mat-khau-buu-dien";
        long id = given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password, "name", "Nhân viên " + office.code(), "role",
                        "POSTAL_STAFF", "postOfficeId", office.id()))
                .post("/api/admin/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestAccounts.SignedIn(id, phone, password, TestAccounts.token(phone, password));
    }

    /** A shop in the commune with one pack size of {@code grams}, ordered {@code quantity} times, made ready. */
    public static Ready ready(String commune, String method, int grams, long price, int quantity) {
        TestShops.Shop shop = TestShops.open("HTX Mật ong Đồng Văn " + TestShops.word(), commune);
        TestShops.Listing listing = TestShops.published(shop, "Mật ong bạc hà " + TestShops.word(), "HONEY", "",
                new TestShops.Pack("chai", grams, price, 50));
        return ready(shop, listing, method, quantity);
    }

    public static Ready ready(TestShops.Shop shop, TestShops.Listing listing, String method, int quantity) {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        JsonPath placed = TestOrders
                .place(buyer, TestOrders.order(method, TestOrders.BA_DINH, listing.variantIds().get(0), quantity))
                .then().statusCode(201).extract().jsonPath();
        long parcel = placed.getLong("sellerOrders[0].id");
        for (String move : List.of("confirm", "ready")) {
            given().auth().oauth2(shop.owner().token()).post("/api/seller/orders/" + parcel + "/" + move).then()
                    .statusCode(200);
        }
        return new Ready(shop, listing, buyer, placed.getLong("id"), parcel, placed);
    }

    public static Response pickUp(TestAccounts.SignedIn staff, long parcel, Object grams) {
        return given().auth().oauth2(staff.token()).contentType(ContentType.JSON).body(Map.of("weightGrams", grams))
                .post("/api/postal/parcels/" + parcel + "/pickup");
    }

    public static Response deliver(TestAccounts.SignedIn staff, long parcel, Object cash) {
        return given().auth().oauth2(staff.token()).contentType(ContentType.JSON)
                .body(cash == null ? Map.of() : Map.of("codCollectedVnd", cash))
                .post("/api/postal/parcels/" + parcel + "/deliver");
    }

    private static synchronized String randomCommune() {
        if (COMMUNES.isEmpty()) {
            for (String province : PROVINCES) {
                COMMUNES.addAll(given().get("/api/places/provinces/" + province + "/communes").then().statusCode(200)
                        .extract().jsonPath().getList("code", String.class));
            }
        }
        return COMMUNES.get(ThreadLocalRandom.current().nextInt(COMMUNES.size()));
    }
}
