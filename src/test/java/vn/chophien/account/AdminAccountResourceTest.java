package vn.chophien.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.fulfillment.TestPostal;

@QuarkusTest
class AdminAccountResourceTest {

    @Test
    void anonymousIs401() {
        given().contentType(ContentType.JSON).body(officer("08")).post("/api/admin/accounts").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aBuyerOrSellerIs403() {
        for (TestAccounts.SignedIn someone : new TestAccounts.SignedIn[]{TestAccounts.buyer(), TestAccounts.seller()}) {
            given().auth().oauth2(someone.token()).contentType(ContentType.JSON).body(officer("08"))
                    .post("/api/admin/accounts").then().statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
    }

    @Test
    void anAdminCreatesAnOcopOfficerForAProvince() {
        Map<String, Object> body = officer("08");
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/accounts").then().statusCode(201).body("roles", containsInAnyOrder("OCOP_OFFICER"))
                .body("provinceCode", equalTo("08"));
        String token = TestAccounts.token((String) body.get("phone"), (String) body.get("password"));
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("OCOP_OFFICER")).body("provinceCode", equalTo("08"));
    }

    @Test
    void anAdminCreatesPostalStaffForAnOfficeAndAnotherAdmin() {
        long office = TestPostal.office().id();
        Map<String, Object> staff = account("POSTAL_STAFF");
        staff.put("postOfficeId", office);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(staff)
                .post("/api/admin/accounts").then().statusCode(201).body("roles", containsInAnyOrder("POSTAL_STAFF"))
                .body("postOfficeId", equalTo((int) office));
        String staffToken = TestAccounts.token((String) staff.get("phone"), (String) staff.get("password"));
        given().auth().oauth2(staffToken).get("/api/me").then().statusCode(200).body("postOfficeId",
                equalTo((int) office));
        Map<String, Object> admin = account("ADMIN");
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(admin)
                .post("/api/admin/accounts").then().statusCode(201).body("roles", containsInAnyOrder("ADMIN"));
        String token = TestAccounts.token((String) admin.get("phone"), (String) admin.get("password"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(officer("52")).post("/api/admin/accounts")
                .then().statusCode(201);
    }

    @Test
    void staffNeedTheirOfficeOrProvince() {
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(account("POSTAL_STAFF"))
                .post("/api/admin/accounts").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("postOfficeId"));
        Map<String, Object> nowhere = account("POSTAL_STAFF");
        nowhere.put("postOfficeId", 987_654_321);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(nowhere)
                .post("/api/admin/accounts").then().statusCode(400).body("errors[0].field", equalTo("postOfficeId"))
                .body("errors[0].message", equalTo("Không có bưu cục với mã số này."));
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", nowhere.get("phone"), "password", nowhere.get("password")))
                .post("/api/auth/login").then().statusCode(401); // nothing was created
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(account("OCOP_OFFICER"))
                .post("/api/admin/accounts").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("provinceCode"));
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(officer("77"))
                .post("/api/admin/accounts").then().statusCode(400).body("errors[0].field", equalTo("provinceCode"))
                .body("errors[0].message", equalTo("Không có tỉnh/thành với mã này."));
    }

    @Test
    void aTakenPhoneIs409AndNothingChanges() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Map<String, Object> body = officer("08");
        body.put("phone", buyer.phone());
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/accounts").then().statusCode(409);
        given().auth().oauth2(TestAccounts.token(buyer.phone(), buyer.password())).get("/api/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("BUYER"));
    }

    private static Map<String, Object> officer(String provinceCode) {
        Map<String, Object> body = account("OCOP_OFFICER");
        body.put("provinceCode", provinceCode);
        return body;
    }

    private static Map<String, Object> account(String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", TestAccounts.newPhone());
        body.put("password", "nhan-vien-2026");
        body.put("name", "Trần Văn Hùng");
        body.put("role", role);
        return body;
    }
}
