package vn.chophien.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.campaign.TestCampaigns;
import vn.chophien.catalog.TestShops;
import vn.chophien.fulfillment.TestPostal;
import vn.chophien.order.OrderRequests;
import vn.chophien.order.OrderService;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.TestOrders;
import vn.chophien.place.PlaceService;

/** A seller's own figures against a set counted by hand: sales by week and channel, money owed, campaign rank. */
@QuarkusTest
class SellerFiguresTest {

    @Inject
    OrderService orders;
    @Inject
    PlaceService places;

    /**
     * Honey in 2 kg jars at 100.000 ₫. This week: the storefront 2 jars (delivered, cash collected), Postmart 3 at
     * 90.000 ₫, Sendo 1 at 95.000 ₫, and 1 jar ordered then cancelled (counts for nothing). A rival in the same
     * campaign sells 20 kg, so this seller's 12 kg rank second of two.
     */
    @Test
    void figuresMatchAHandCountedWeek() {
        TestPostal.Office office = TestPostal.office();
        String commune = office.communes().get(0);
        String province = places.commune(commune).orElseThrow().provinceCode();
        TestShops.Shop shop = TestShops.open("Hộ mật ong " + TestShops.word(), commune);
        TestShops.Listing honey = TestShops.published(shop, "Mật ong " + TestShops.word(), "HONEY", "",
                new TestShops.Pack("hũ 2 kg", 2_000, 100_000, 50));
        TestShops.Shop rival = TestShops.open("HTX mật ong " + TestShops.word(), commune);
        TestShops.Listing rivalHoney = TestShops.published(rival, "Mật ong " + TestShops.word(), "HONEY", "",
                new TestShops.Pack("hũ 2 kg", 2_000, 100_000, 50));
        long campaign = TestCampaigns
                .create(TestAccounts.adminToken(),
                        TestCampaigns.body("Mùa mật " + TestShops.word(), province, TestCampaigns.today().minusDays(1),
                                TestCampaigns.today().plusDays(30), 500, false))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestCampaigns.optIn(shop, campaign, honey.id(), null).then().statusCode(201);
        TestCampaigns.optIn(rival, campaign, rivalHoney.id(), null).then().statusCode(201);

        TestPostal.Ready delivered = TestPostal.ready(shop, honey, "COD", 2);
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.pickUp(staff, delivered.parcel(), 4_000).then().statusCode(200);
        long total = delivered.placed().getLong("totalVnd");
        assertEquals(240_000, total); // 200.000 ₫ of honey, 25.000 ₫ + 3 × 5.000 ₫ to carry 4 kg to Hà Nội
        TestPostal.deliver(staff, delivered.parcel(), total).then().statusCode(200);
        TestAccounts.SignedIn changedMind = TestAccounts.buyer();
        long cancelled = TestOrders
                .place(changedMind, TestOrders.order("COD", TestOrders.BA_DINH, honey.variantIds().get(0), 1)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(changedMind.token()).contentType("application/json").body("{}")
                .post("/api/orders/" + cancelled + "/cancel").then().statusCode(200);
        channelOrder("POSTMART", honey.variantIds().get(0), 3, 90_000);
        channelOrder("SENDO", honey.variantIds().get(0), 1, 95_000);
        TestOrders
                .place(TestAccounts.buyer(),
                        TestOrders.order("COD", TestOrders.BA_DINH, rivalHoney.variantIds().get(0), 10))
                .then().statusCode(201);

        JsonPath f = given().auth().oauth2(shop.owner().token()).get("/api/seller/figures").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(12, f.getList("weeks").size());
        assertEquals(List.of("STOREFRONT", "POSTMART", "VOSO", "SENDO"), f.getList("weeks[0].channels.channel"));
        assertEquals(List.of(1, 1, 0, 1), f.getList("weeks[0].channels.parcels"));
        assertEquals(List.of(4_000, 6_000, 0, 2_000), f.getList("weeks[0].channels.grams"));
        assertEquals(List.of(200_000, 270_000, 0, 95_000), f.getList("weeks[0].channels.goodsVnd"));
        assertEquals(565_000, f.getLong("weeks[0].total.goodsVnd"));
        assertEquals(0, f.getLong("weeks[1].total.goodsVnd"));
        assertEquals(565_000, f.getLong("total.goodsVnd"));
        // cash 240.000 ₫ less shipping 40.000 ₫ less the office's fee (1,5 % is 3.600 ₫, the least is 5.000 ₫)
        assertEquals(195_000, f.getLong("owedVnd"));
        assertEquals(1, f.getInt("unsettledParcels"));
        assertEquals(campaign, f.getLong("campaigns[0].campaignId"));
        assertEquals(12.0f, f.getFloat("campaigns[0].soldKg"));
        assertEquals(2, f.getInt("campaigns[0].rank"));
        assertEquals(2, f.getInt("campaigns[0].sellers"));

        given().cookie("chophien_session", shop.owner().token()).get("/seller/figures").then().statusCode(200)
                .body(containsString("195.000")).body(containsString("12 kg · hạng 2/2"))
                .body(containsString("565.000")).body(containsString("Postmart"));
        given().auth().oauth2(TestAccounts.buyer().token()).get("/api/seller/figures").then().statusCode(403);
    }

    private void channelOrder(String channel, long variant, int quantity, long price) {
        QuarkusTransaction.requiringNew()
                .run(() -> orders.placeChannelOrder(new OrderRequests.PlaceChannelOrder(channel,
                        channel + "-" + TestShops.word(),
                        List.of(new OrderRequests.ChannelLine(variant, quantity, price)),
                        new OrderRequests.ShipTo("Lê Văn Nam", "0912345678", "Số 5 Hàng Bạc", TestOrders.BA_DINH),
                        PaymentMethod.CHANNEL)));
    }
}
