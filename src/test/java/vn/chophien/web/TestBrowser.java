package vn.chophien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium at a phone's size (360×740), driven through Debian's chromedriver, for tests of what a
 * buyer sees; each step's screenshot goes to {@code target/browser-screenshots}, passed or failed.
 */
public final class TestBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String INSTALL = "apt-get install -y chromium chromium-driver";
    public static final int WIDTH = 360;
    public static final int HEIGHT = 740;
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();

    /** The first few elements whose right edge is past the phone's (arguments[0] px), as tag.class, to say what to fix. */
    private static final String OVERFLOWING = """
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > arguments[0] + 0.5)
                .slice(0, 8)
                .map(e => e.tagName.toLowerCase() + [...e.classList].map(c => '.' + c).join('')
                    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
            """;

    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
                e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    /** Screenshots of an earlier run are removed when this run's first browser starts. */
    private static final AtomicBoolean FIRST_START = new AtomicBoolean(true);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private TestBrowser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or aborts the calling test where it is not installed (fails it in CI). */
    public static TestBrowser start() {
        requireInstalled(CHROMIUM, CHROMEDRIVER, System.getenv("CI") != null);
        try {
            if (FIRST_START.compareAndSet(true, false) && Files.isDirectory(SCREENSHOTS)) {
                try (Stream<Path> old = Files.list(SCREENSHOTS)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(SCREENSHOTS);
            Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
            // The driver is named, so Selenium Manager has nothing to look up or download.
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile()).build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
                    "--lang=vi");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
            // Chromium keeps a window at least 500 px wide; a phone's viewport (touch, device-width) is emulated.
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2.0)));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // Every page keeps what its Content-Security-Policy refused (scripts injected this way are exempt from it).
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
            return new TestBrowser(service, driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Aborts the test with how to install the browser when either file is missing, or fails it when {@code ci}: CI must
     * run every test, and {@code .ci/run} installs both.
     */
    static void requireInstalled(Path chromium, Path chromedriver, boolean ci) {
        List<String> missing = Stream.of(chromium, chromedriver).filter(p -> !Files.isExecutable(p)).map(Path::toString)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "The browser test needs Debian's chromium and chromium-driver, and " + missing
                + " is not there: install them with `" + INSTALL + "` (as root)";
        if (ci) {
            fail(message + "; CI must run every test");
        }
        Assumptions.abort(message);
    }

    public WebDriver driver() {
        return driver;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /** Runs one step of a walk, then saves what the screen shows as {@code <test>-<step>.png}, even when it failed. */
    public void step(String test, String step, Runnable checks) {
        try {
            checks.run();
        } catch (RuntimeException | Error failed) {
            try {
                screenshot(test + "-" + step);
            } catch (RuntimeException noPicture) {
                failed.addSuppressed(noPicture);
            }
            throw failed;
        }
        screenshot(test + "-" + step);
    }

    /** The whole page, not only the first screen, as {@code <name>.png}. */
    public void screenshot(String name) {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) layout.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip",
                        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page is no wider than the phone: nothing makes a buyer scroll sideways, and the phone need not zoom out to
     * show it all (which is what a mobile browser does with a page too wide for it).
     */
    public void assertFitsThePhone() {
        JavascriptExecutor js = driver;
        assertEquals(WIDTH, ((Number) js.executeScript("return screen.width")).intValue(),
                "the browser is not emulating a phone");
        long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(width <= WIDTH, () -> driver.getCurrentUrl() + " is " + width + " px wide on a " + WIDTH
                + " px phone; past its right edge: " + js.executeScript(OVERFLOWING, WIDTH));
        assertEquals(WIDTH, ((Number) js.executeScript("return window.innerWidth")).intValue(),
                "the phone zoomed out to show " + driver.getCurrentUrl());
    }

    /** Nothing on the page was refused by its Content-Security-Policy (an inline script or style, a foreign source). */
    public void assertNoCspViolations() {
        Object violations = driver.executeScript("return window.__cspViolations || ['the recorder did not run']");
        assertEquals(List.of(), violations, "Content-Security-Policy violations on " + driver.getCurrentUrl());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // Chromium may still hold its profile; it is under target/, which the next clean removes.
            }
        }
    }
}
