package vn.chophien.fulfillment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** The staff pages as a phone without JavaScript uses them: plain forms, errors beside the field, nothing changed. */
@QuarkusTest
class PostalPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aBadWeightTypedInTheFormShowsBesideTheFieldAndChangesNothing() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 1);
        Response page = given().cookie("chophien_session", staff.token()).get("/postal/parcels/" + r.parcel());
        page.then().statusCode(200).body(containsString("action=\"/postal/parcels/" + r.parcel() + "/pickup\""))
                .body(not(containsString("<script>"))).body(not(containsString("onclick")));
        for (String bad : new String[]{"0", "30001", "nặng"}) {
            post(staff, page, "/postal/parcels/" + r.parcel() + "/pickup", "weightGrams", bad).then().statusCode(400)
                    .body(containsString("Khối lượng từ 1 đến 30.000 gam."))
                    .body(containsString("aria-invalid=\"true\""));
        }
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel()).then().body("status",
                equalTo("READY_FOR_PICKUP"));
        post(staff, page, "/postal/parcels/" + r.parcel() + "/pickup", "weightGrams", "900").then().statusCode(303);
        given().cookie("chophien_session", staff.token()).get("/postal/parcels/" + r.parcel()).then()
                .body(containsString("label.pdf")).body(containsString("Số tiền đã thu"));
        post(staff, page, "/postal/parcels/" + r.parcel() + "/deliver", "codCollectedVnd", "-3").then().statusCode(400)
                .body(containsString("Số tiền từ 0 đến 1.000.000.000 đồng."));
        post(staff, page, "/postal/parcels/" + r.parcel() + "/deliver", "codCollectedVnd", "175.000").then()
                .statusCode(303);
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel()).then()
                .body("status", equalTo("DELIVERED")).body("codCollectedVnd", equalTo(175_000));
    }

    @Test
    void aScannedOrTypedCodeOpensTheParcelOrSaysItIsNotHere() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(1), "COD", 800, 150_000, 1);
        String code = TestPostal.pickUp(staff, r.parcel(), 800).then().extract().path("trackingCode");
        given().redirects().follow(false).cookie("chophien_session", staff.token()).get("/postal/scan?code=" + code)
                .then().statusCode(303).header("Location", containsString("/postal/parcels/" + r.parcel()));
        TestAccounts.SignedIn other = TestPostal.staff(TestPostal.office());
        given().cookie("chophien_session", other.token()).get("/postal/scan?code=" + code).then().statusCode(404)
                .body(containsString("Không có kiện " + code));
    }

    @Test
    void theQueueAndStatementsAreForStaffAndTheTrackingPageForAnyone() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 1);
        given().cookie("chophien_session", staff.token()).get("/postal").then().statusCode(200)
                .body(containsString(r.shop().name())).body(containsString("/assets/scan-"))
                .body(containsString("href=\"/postal/statements\""));
        given().cookie("chophien_session", r.shop().owner().token()).get("/postal").then().statusCode(403);
        given().redirects().follow(false).get("/postal").then().statusCode(303);
        String code = TestPostal.pickUp(staff, r.parcel(), 800).then().extract().path("trackingCode");
        TestPostal.deliver(staff, r.parcel(), 175_000).then().statusCode(200);
        given().cookie("chophien_session", staff.token()).get("/postal/statements").then().statusCode(200)
                .body(containsString("Chốt bảng kê"));
        given().get("/track/" + code).then().statusCode(200).body(containsString("Đã giao thành công"))
                .body(containsString("Phường Ba Đình, Thành phố Hà Nội"));
        given().header("Accept-Language", "en").get("/track/" + code).then().statusCode(200)
                .body(containsString("Delivered"));
        given().cookie("chophien_session", r.shop().owner().token()).get("/seller/remittances").then().statusCode(200)
                .body(containsString("Bưu điện còn nợ bạn"));
        given().cookie("chophien_session", TestAccounts.adminToken()).get("/admin/post-offices").then().statusCode(200)
                .body(containsString(office.code()));
    }

    private static Response post(TestAccounts.SignedIn staff, Response page, String path, String field, String value) {
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        csrf.find();
        return given().redirects().follow(false).cookie("chophien_session", staff.token())
                .cookie("chophien_csrf", page.getCookie("chophien_csrf")).formParam("csrf-token", csrf.group(1))
                .formParam(field, value).post(path);
    }
}
