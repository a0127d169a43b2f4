package vn.chophien.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;
import vn.chophien.web.TestBrowser;

/** A buyer on a phone, in a real browser: types "cam vang" in the header, opens the product, sees what it is. */
@QuarkusTest
class StorefrontBrowserTest {

    private static TestBrowser browser;

    @TestHTTPResource("/")
    URL home;

    @BeforeAll
    static void startBrowser() {
        browser = TestBrowser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aBuyerTypesCamVangWithoutDiacriticsAndSeesPriceOriginAndOcopStars(TestInfo info) {
        String word = TestShops.word();
        String name = "Cam Vàng " + word;
        TestShops.Shop shop = TestShops.open("HTX Cam Vàng " + word, TestShops.BAC_QUANG);
        TestShops.Listing orange = TestShops.published(shop, name, "FRUIT",
                "Cam sành vàng Hà Giang, vỏ mỏng, ngọt thanh.", new Pack("thùng 10 kg", 10_000, 450_000, 30),
                new Pack("túi 3 kg", 3000, 145_000, 40));
        TestShops.certify(shop, orange, 4, "08");
        String test = info.getTestMethod().orElseThrow().getName();
        // the pages the walk passes are under a policy with no inline script; the browser reports what it refused
        given().get("/").then().header("Content-Security-Policy", containsString("script-src 'self'"));
        WebDriver page = browser.driver();

        browser.step(test, "home", () -> {
            page.get(home.toString());
            assertEquals("Chợ Phiên", page.findElement(By.cssSelector("header .brand")).getText());
            browser.assertFitsThePhone();
            browser.assertNoCspViolations();
            WebElement box = page.findElement(By.cssSelector("header .site-search input[name=q]"));
            box.click();
            box.sendKeys("cam vang " + word);
        });

        browser.step(test, "results", () -> {
            page.findElement(By.cssSelector("header .site-search button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.urlContains("/search?q=cam+vang+" + word));
            assertEquals("Kết quả cho “cam vang " + word + "”", page.findElement(By.tagName("h1")).getText());
            List<WebElement> cards = page.findElements(By.cssSelector(".product-card"));
            assertEquals(1, cards.size(), "one product has the word " + word);
            WebElement card = cards.get(0);
            assertEquals(name, card.findElement(By.cssSelector(".card-name")).getText());
            assertEquals("từ 145.000\u00a0₫", textOf(card.findElement(By.cssSelector(".price"))));
            assertEquals("OCOP 4★", card.findElement(By.cssSelector(".ocop")).getText());
            assertEquals("Tuyên Quang", card.findElement(By.cssSelector(".origin")).getText());
            browser.assertFitsThePhone();
            browser.assertNoCspViolations();
        });

        browser.step(test, "product", () -> {
            page.findElement(By.cssSelector(".product-card a[href='/p/" + orange.slug() + "']")).click();
            browser.waitUntil(ExpectedConditions.urlContains("/p/" + orange.slug()));
            assertEquals(name, page.findElement(By.cssSelector("article.product h1")).getText());
            List<WebElement> prices = page.findElements(By.cssSelector(".variants .price"));
            assertEquals(List.of("450.000\u00a0₫", "145.000\u00a0₫"), prices.stream().map(p -> textOf(p)).toList());
            assertTrue(prices.stream().allMatch(WebElement::isDisplayed), "prices are on the page but not shown");
            WebElement badge = page.findElement(By.cssSelector(".ocop-badge"));
            assertTrue(badge.isDisplayed(), "the OCOP badge is not shown");
            assertTrue(badge.getText().contains("OCOP 4 sao"), badge.getText());
            assertEquals("★★★★", badge.findElement(By.cssSelector(".stars")).getText());
            assertEquals("Xã Bắc Quang, Tuyên Quang", fact(page, "Nơi sản xuất").getText());
            WebElement seller = fact(page, "Người bán").findElement(By.tagName("a"));
            assertEquals(shop.name(), seller.getText());
            assertEquals("/s/" + shop.slug(), seller.getDomAttribute("href"));
            browser.assertFitsThePhone();
            browser.assertNoCspViolations();
        });

        browser.step(test, "shop", () -> {
            fact(page, "Người bán").findElement(By.tagName("a")).click();
            browser.waitUntil(ExpectedConditions.urlContains("/s/" + shop.slug()));
            assertEquals(shop.name(), page.findElement(By.tagName("h1")).getText());
            assertEquals(name, page.findElement(By.cssSelector(".product-card .card-name")).getText());
            browser.assertFitsThePhone();
            browser.assertNoCspViolations();
        });
    }

    /** The text as the page has it, no-break spaces kept (WebDriver's visible text turns them into spaces). */
    private static String textOf(WebElement element) {
        return element.getDomProperty("textContent").strip();
    }

    /** The value beside a label in the product's facts list. */
    private static WebElement fact(WebDriver page, String label) {
        return page.findElement(By.xpath("//dl[@class='facts']/dt[.='" + label + "']/following-sibling::dd[1]"));
    }
}
