package vn.chophien.fulfillment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;
import vn.chophien.fulfillment.parcel.S10;
import vn.chophien.web.TestBrowser;

/** A member of post office staff on a phone: signs in, opens the queue, picks a parcel up, opens its label. */
@QuarkusTest
class PostalBrowserTest {

    /** Asks for the label as the link would, and answers its status, type and first bytes. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,
                type: r.headers.get('content-type'), start: String.fromCharCode(...new Uint8Array(b).slice(0, 5))})));
            """;

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
    void staffOpenTheQueuePickAParcelUpAndOpenItsLabel(TestInfo info) {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 2);
        String parcelCode = r.placed().getString("sellerOrders[0].code");
        String test = info.getTestMethod().orElseThrow().getName();
        WebDriver page = browser.driver();

        browser.step(test, "sign-in", () -> {
            page.get(home.toString() + "login?next=%2Fpostal");
            page.findElement(By.id("phone")).sendKeys(staff.phone());
            page.findElement(By.id("password")).sendKeys(staff.password());
            page.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.urlContains("/postal"));
            browser.assertFitsThePhone();
        });

        browser.step(test, "queue", () -> {
            assertEquals("Kiện hàng của bưu cục", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElement(By.cssSelector("header nav a[href='/postal']")).isDisplayed());
            WebElement stop = page.findElement(By.id("stop-" + r.shop().id()));
            assertTrue(stop.getText().contains(r.shop().name()), stop.getText());
            assertTrue(stop.getText().contains("1 kiện"), stop.getText());
            assertTrue(stop.getText().contains("Thôn Tân Thành"), stop.getText());
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-scan] input")));
            browser.assertFitsThePhone();
            stop.findElement(By.linkText(parcelCode)).click();
            browser.waitUntil(ExpectedConditions.urlContains("/postal/parcels/" + r.parcel()));
        });

        browser.step(test, "pickup", () -> {
            browser.assertFitsThePhone();
            WebElement weight = page.findElement(By.id("weightGrams"));
            weight.sendKeys("1750");
            page.findElement(By.cssSelector("form[action$='/pickup'] button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tracking-code")));
            assertEquals("Bưu điện đã lấy", page.findElement(By.cssSelector(".status")).getText());
            assertTrue(S10.valid(page.findElement(By.cssSelector(".tracking-code")).getText()));
            browser.assertFitsThePhone();
        });

        browser.step(test, "label", () -> {
            WebElement label = page.findElement(By.linkText("In nhãn (PDF)"));
            String href = label.getDomAttribute("href");
            assertEquals("/api/postal/parcels/" + r.parcel() + "/label.pdf", href);
            @SuppressWarnings("unchecked")
            Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) page).executeAsyncScript(FETCH,
                    href);
            assertEquals(200L, ((Number) fetched.get("status")).longValue());
            assertEquals("application/pdf", fetched.get("type"));
            assertEquals("%PDF-", fetched.get("start"));
            List<WebElement> deliver = page.findElements(By.id("codCollectedVnd"));
            assertEquals(1, deliver.size(), "the delivery form is next");
        });
    }
}
