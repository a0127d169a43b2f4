package vn.chophien.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlaceResourceTest {

    @Test
    void listsThe34ProvincesInForceSinceJuly2025() {
        given().get("/api/places/provinces").then().statusCode(200).body("$", hasSize(34))
                .body("code", everyItem(matchesPattern("\\d{2}")))
                .body("find { it.code == '08' }.name", equalTo("Tuyên Quang"))
                .body("find { it.code == '52' }.name", equalTo("Gia Lai"))
                .body("find { it.code == '46' }.name", equalTo("Thành phố Huế"))
                .body("find { it.code == '01' }.name", equalTo("Thành phố Hà Nội"))
                .body("find { it.code == '79' }.name", equalTo("Thành phố Hồ Chí Minh"))
                // Hà Giang merged into Tuyên Quang; it is no longer a province of its own.
                .body("name", not(hasItem("Hà Giang")));
    }

    @Test
    void tuyenQuangIncludesTheFormerHaGiangCommunes() {
        given().get("/api/places/provinces/08/communes").then().statusCode(200).body("$", hasSize(124))
                .body("provinceCode", everyItem(equalTo("08"))).body("code", everyItem(matchesPattern("\\d{5}")))
                .body("name", hasItems("Phường Hà Giang 1", "Phường Hà Giang 2", "Xã Bắc Quang", "Xã Đồng Văn",
                        "Xã Mèo Vạc"));
    }

    @Test
    void giaLaiAndHueAreComplete() {
        given().get("/api/places/provinces/52/communes").then().statusCode(200).body("$", hasSize(135)).body("name",
                hasItems("Phường Pleiku", "Phường Quy Nhơn"));
        given().get("/api/places/provinces/46/communes").then().statusCode(200).body("$", hasSize(40)).body("name",
                hasItem("Phường Phú Xuân"));
    }

    @Test
    void everyProvinceHasCommunesAndTheyAddUpTo3321() {
        int total = 0;
        for (String code : given().get("/api/places/provinces").then().extract().jsonPath().getList("code",
                String.class)) {
            int count = given().get("/api/places/provinces/" + code + "/communes").then().statusCode(200).extract()
                    .jsonPath().getList("$").size();
            assertTrue(count > 0, code);
            total += count;
        }
        assertEquals(3321, total);
    }

    @Test
    void anUnknownProvinceIs404() {
        given().get("/api/places/provinces/99/communes").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
