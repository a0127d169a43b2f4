package vn.chophien.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.PhoneNumber;
import vn.chophien.account.TestAccounts;
import vn.chophien.photo.TestImages;

/**
 * A post office clerk signs a household up, lists its oranges with a photo, and hands the account over with a code
 * texted to the household's phone; the household sees what the clerk did and decides whether the clerk stays.
 */
@QuarkusTest
class AssistedOnboardingTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})$");

    @Inject
    EntityManager em;

    @Test
    void aHelperListsAndPhotographsForItsHouseholdAndTheHouseholdSeesWhoDidIt() {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        TestHouseholds.Household household = TestHouseholds.register(helper);

        long product = TestHouseholds.listFor(helper, household.sellerId(), "Cam Vàng Nà Khương").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().jsonPath().getLong("id");
        given().auth().oauth2(helper.token())
                .multiPart("file", "cam.jpg", TestImages.cameraJpeg(800, 600, 1), "image/jpeg")
                .post("/api/products/{id}/photos", product).then().statusCode(201);
        given().auth().oauth2(helper.token()).post("/api/products/{id}/publish", product).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        given().auth().oauth2(helper.token()).get("/api/helpers/households").then().statusCode(200)
                .body("items.sellerId", hasItem((int) household.sellerId()));

        String token = signInWithCode(household.phone());
        JsonPath own = given().auth().oauth2(token).get("/api/household").then().statusCode(200).extract().jsonPath();
        assertEquals("Nhân viên", own.getString("helper.name").substring(0, 9));
        assertEquals(List.of("PRODUCT_PUBLISHED", "PHOTO_ADDED", "PRODUCT_CREATED", "HOUSEHOLD_REGISTERED"),
                own.getList("acts.action"), "newest first");
        assertTrue(own.getList("acts.helperName", String.class).stream().allMatch(n -> n.startsWith("Nhân viên")));
        assertEquals("Cam Vàng Nà Khương", own.getString("acts[0].subject"));

        given().auth().oauth2(token).cookie("lang", "vi").get("/seller/helper").then().statusCode(200)
                .body(containsString("Cam Vàng Nà Khương")).body(containsString(own.getString("helper.name")));
    }

    @Test
    void anotherHelpersHouseholdDoesNotExistForAHelper() {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        TestAccounts.SignedIn stranger = TestHouseholds.helper();
        TestHouseholds.Household household = TestHouseholds.register(helper);
        long product = TestHouseholds.listFor(helper, household.sellerId(), "Mật ong bạc hà").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        TestHouseholds.listFor(stranger, household.sellerId(), "Chè Shan tuyết").then().statusCode(404);
        given().auth().oauth2(stranger.token()).post("/api/products/{id}/publish", product).then().statusCode(404);
        given().auth().oauth2(stranger.token())
                .multiPart("file", "x.jpg", TestImages.cameraJpeg(400, 300, 1), "image/jpeg")
                .post("/api/products/{id}/photos", product).then().statusCode(404);
        given().auth().oauth2(stranger.token()).post("/api/helpers/households/{id}/code", household.sellerId()).then()
                .statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/products/{id}", product).then().statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/helpers/households").then().statusCode(200)
                .body("items.sellerId", not(hasItem((int) household.sellerId())));
        given().auth().oauth2(TestAccounts.buyer().token()).contentType(ContentType.JSON).body(Map.of("phone",
                TestAccounts.newPhone(), "name", "Hộ ông Lù", "communeCode", "01153", "village", "Thôn 1"))
                .post("/api/helpers/households").then().statusCode(403);
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneTakesTheAccountOverRemovingTheHelperUnlessKept() {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        TestHouseholds.Household household = TestHouseholds.register(helper);
        long product = TestHouseholds.listFor(helper, household.sellerId(), "Gạo nếp nương").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        given().auth().oauth2(helper.token()).post("/api/helpers/households/{id}/code", household.sellerId()).then()
                .statusCode(202);
        String code = lastCode(household.phone());
        signIn(household.phone(), wrong(code)).then().statusCode(401).contentType(containsString("problem+json"))
                .body("detail", containsString("Mã không đúng"));
        given().auth().oauth2(helper.token()).post("/api/products/{id}/pause", product).then().statusCode(409);

        String token = signIn(household.phone(), code).then().statusCode(200).extract().path("accessToken");
        signIn(household.phone(), code).then().statusCode(401);

        given().auth().oauth2(helper.token()).post("/api/products/{id}/publish", product).then().statusCode(404);
        given().auth().oauth2(token).get("/api/household").then().statusCode(200).body("helper.active", equalTo(false));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kept", true))
                .put("/api/household/helper").then().statusCode(200).body("helper.kept", equalTo(true));
        given().auth().oauth2(helper.token()).post("/api/products/{id}/publish", product).then().statusCode(200);
        given().auth().oauth2(token).get("/api/household").then().body("acts.action", hasItems("PRODUCT_PUBLISHED"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kept", false))
                .put("/api/household/helper").then().statusCode(200);
        given().auth().oauth2(helper.token()).post("/api/products/{id}/pause", product).then().statusCode(404);
        given().auth().oauth2(token).post("/api/products/{id}/pause", product).then().statusCode(200);
    }

    @Test
    void anExpiredCodeIsRefused() {
        TestHouseholds.Household household = TestHouseholds.register(TestHouseholds.helper());
        given().contentType(ContentType.JSON).body(Map.of("phone", household.phone())).post("/api/auth/code").then()
                .statusCode(202);
        String code = lastCode(household.phone());
        String phone = PhoneNumber.normalise(household.phone()).orElseThrow();
        QuarkusTransaction.requiringNew()
                .run(() -> em
                        .createNativeQuery("UPDATE one_time_code SET created_at = created_at - INTERVAL 11 MINUTE,"
                                + " expires_at = expires_at - INTERVAL 11 MINUTE WHERE phone = ?1")
                        .setParameter(1, phone).executeUpdate());
        signIn(household.phone(), code).then().statusCode(401).body("detail", containsString("hết hạn"));
    }

    @Test
    void fiveWrongTriesSpendTheCodeEvenForTheRightOne() {
        TestHouseholds.Household household = TestHouseholds.register(TestHouseholds.helper());
        given().contentType(ContentType.JSON).body(Map.of("phone", household.phone())).post("/api/auth/code").then()
                .statusCode(202);
        String code = lastCode(household.phone());
        for (int i = 0; i < 4; i++) {
            signIn(household.phone(), wrong(code)).then().statusCode(401).body("detail", containsString("không đúng"));
        }
        signIn(household.phone(), wrong(code)).then().statusCode(401).body("detail", containsString("quá 5 lần"));
        signIn(household.phone(), code).then().statusCode(401).body("detail", containsString("quá 5 lần"));
    }

    @Test
    void sendsAreThrottledPerPhoneAndPerHelper() {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        TestHouseholds.Household household = TestHouseholds.register(helper);
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("phone", household.phone())).post("/api/auth/code").then()
                    .statusCode(202);
        }
        given().auth().oauth2(helper.token()).post("/api/helpers/households/{id}/code", household.sellerId()).then()
                .statusCode(429).contentType(containsString("problem+json")).header("Retry-After", not(equalTo(null)))
                .body("detail", containsString("quá nhiều lần"));

        // the tests allow a helper five sends an hour (chophien.households.codes.sends-per-helper)
        TestAccounts.SignedIn busy = TestHouseholds.helper();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(busy.token())
                    .post("/api/helpers/households/{id}/code", TestHouseholds.register(busy).sellerId()).then()
                    .statusCode(202);
        }
        given().auth().oauth2(busy.token())
                .post("/api/helpers/households/{id}/code", TestHouseholds.register(busy).sellerId()).then()
                .statusCode(429);
    }

    @Test
    void trainingCountsTrainedHouseholdsAndThoseSelling() {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        String province = "08";
        JsonPath before = given().auth().oauth2(TestAccounts.adminToken()).queryParam("provinceCode", province)
                .get("/api/helpers/trainings/counts").then().statusCode(200).extract().jsonPath();
        int dashboardBefore = trainedOnDashboard(province);
        TestHouseholds.Household household = TestHouseholds.register(helper);
        given().auth().oauth2(helper.token()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2026-11-20", "communeCode", "01153", "trainer", "Chị Hoa, Bưu điện Bắc Quang",
                        "attendeePhones", List.of(household.phone(), TestAccounts.newPhone())))
                .post("/api/helpers/trainings").then().statusCode(201).body("attendees", equalTo(2));
        given().auth().oauth2(TestAccounts.adminToken()).queryParam("provinceCode", province)
                .get("/api/helpers/trainings/counts").then().statusCode(200)
                .body("classes", equalTo(before.getInt("classes") + 1))
                .body("trainedHouseholds", equalTo(before.getInt("trainedHouseholds") + 2))
                .body("selling", equalTo(before.getInt("selling")));
        assertEquals(dashboardBefore + 2, trainedOnDashboard(province), "the province's dashboard counts them too");
    }

    private static int trainedOnDashboard(String province) {
        Integer trained = given().auth().oauth2(TestAccounts.adminToken()).get("/api/dashboard/provinces/" + province)
                .then().statusCode(200).extract().path("households.trained");
        return trained == null ? 0 : trained;
    }

    private static String signInWithCode(String phone) {
        return TestHouseholds.signInWithCode(phone);
    }

    private static io.restassured.response.Response signIn(String phone, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", code))
                .post("/api/auth/code/sign-in");
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static String lastCode(String phone) {
        return TestHouseholds.lastCode(phone);
    }
}
