package vn.chophien;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.fulfillment.TestPostal;
import vn.chophien.syndication.TestChannels;
import vn.chophien.tracking.TestCarriers;

/**
 * The whole marketplace in its users' words, one harvest box of oranges from the farm to the farmer's pay: a household
 * lists cam Vàng once and finds it on Postmart, Voso and Sendo; a buyer orders it cash on delivery; the household
 * confirms and packs it; the commune's post office collects, weighs and labels it and hands it to Vietnam Post, whose
 * news arrives out of order and twice; the buyer receives it and pays the postman; the post office closes the farmer's
 * statement, with the carrier's cash paid over, and pays it out.
 */
@QuarkusTest
class MarketplaceStoryTest {

    @Test
    void aHouseholdsOrangesGoFromItsListingToItsPay() {
        // The post office of the household's commune works with Vietnam Post.
        TestPostal.Office office = TestPostal.office("VNPOST");
        TestAccounts.SignedIn postman = TestPostal.staff(office);

        // A household lists its cam Vàng once...
        TestShops.Shop household = TestShops.open("Hộ Giàng A Páo " + TestShops.word(), office.communes().get(0));
        TestShops.Listing oranges = TestShops.published(household, "Cam Vàng Bắc Quang " + TestShops.word(), "FRUIT",
                "Cam hái tại vườn, vỏ mỏng, ngọt thanh.", new TestShops.Pack("thùng 5 kg", 5_000, 150_000, 40));
        // ...and finds it on the three marketplaces.
        TestChannels.awaitEverywhere(household.owner().token(), oranges.id(), "SYNCED");
        TestChannels.atPostmart(oranges.id()).then().statusCode(200);
        TestChannels.atVoso(oranges.id()).then().statusCode(200);
        TestChannels.atSendo(oranges.id()).then().statusCode(200);

        // A buyer in Hà Nội orders a box, cash on delivery; the household confirms and packs it.
        TestPostal.Ready order = TestPostal.ready(household, oranges, "COD", 1);
        long due = given().auth().oauth2(postman.token()).get("/api/postal/parcels/" + order.parcel()).then()
                .statusCode(200).extract().jsonPath().getLong("codDueVnd");
        assertTrue(due > 150_000, "the buyer pays the oranges and their shipping: " + due);

        // The post office collects it, weighs it, prints its label, and Vietnam Post takes it.
        String code = TestPostal.pickUp(postman, order.parcel(), 5_150).then().statusCode(200)
                .body("status", equalTo("PICKED_UP")).extract().path("trackingCode");
        given().auth().oauth2(postman.token()).get("/api/postal/parcels/" + order.parcel() + "/label.pdf").then()
                .statusCode(200).contentType("application/pdf");
        TestCarriers.Shipped parcel = new TestCarriers.Shipped("VNPOST", office, postman, order, code,
                TestCarriers.awaitTaken(code));

        // The carrier carries it to the door; its news arrives newest first, each twice.
        int steps = TestCarriers.life(parcel, "DELIVERED");
        TestCarriers.steps(parcel, steps, true, true);
        TestCarriers.awaitCarrierEvents(code, "VNPOST", steps);

        // The buyer sees it delivered, in Vietnamese, on the tracking page and on the order, and has paid.
        given().get("/track/" + code).then().statusCode(200).body(containsString("Đã giao thành công"))
                .body(containsString("Vietnam Post"));
        JsonPath bought = given().auth().oauth2(order.buyer().token()).get("/api/orders/" + order.order()).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("DELIVERED", bought.getString("sellerOrders[0].status"));
        assertEquals("PAID", bought.getString("payment.status"));
        TestCarriers.awaitNotices(order.buyer().token(), "đã giao", 1);

        // The post office closes the farmer's statement: the cash was collected and Vietnam Post has paid it over.
        JsonPath statement = given().auth().oauth2(postman.token()).post("/api/postal/statements").then()
                .statusCode(201).body("status", equalTo("CLOSED")).extract().jsonPath();
        assertEquals(household.name(), statement.getString("lines[0].sellerName"));
        assertEquals(due, statement.getLong("totals.codCollectedVnd"));
        assertEquals(due, statement.getLong("carrierCash.paidOverVnd"));
        long net = statement.getLong("totals.netVnd");
        assertTrue(net > 0 && net < due, "the farmer is owed the cash less shipping and the fee: " + net);
        given().auth().oauth2(household.owner().token()).get("/api/seller/remittances").then().statusCode(200)
                .body("owedVnd", equalTo((int) net));

        // ...and pays the farmer.
        given().auth().oauth2(postman.token()).contentType(ContentType.JSON)
                .body(Map.of("transferReference", "FT26336000111"))
                .post("/api/postal/statements/" + statement.getLong("id") + "/paid").then().statusCode(200)
                .body("status", equalTo("PAID"));
        given().auth().oauth2(household.owner().token()).get("/api/seller/remittances").then().statusCode(200)
                .body("owedVnd", equalTo(0)).body("statements[0].status", equalTo("PAID"))
                .body("statements[0].sums.netVnd", equalTo((int) net));
    }
}
