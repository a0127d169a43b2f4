package vn.chophien.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser aborts the browser test on a developer's machine and fails it in CI. */
class TestBrowserTest {

    @TempDir
    Path dir;

    @Test
    void aMissingBrowserAbortsWithHowToInstallIt() throws IOException {
        Path driver = executable("chromedriver");
        TestAbortedException aborted = assertThrows(TestAbortedException.class,
                () -> TestBrowser.requireInstalled(dir.resolve("chromium"), driver, false));
        assertTrue(aborted.getMessage().contains(dir.resolve("chromium").toString()), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("apt-get install -y chromium chromium-driver"), aborted.getMessage());
    }

    @Test
    void aMissingDriverFailsInCi() throws IOException {
        Path chromium = executable("chromium");
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> TestBrowser.requireInstalled(chromium, dir.resolve("chromedriver"), true));
        assertTrue(failed.getMessage().contains("apt-get install -y chromium chromium-driver"), failed.getMessage());
    }

    @Test
    void bothPresentIsEnough() throws IOException {
        Path chromium = executable("chromium");
        Path driver = executable("chromedriver");
        assertDoesNotThrow(() -> TestBrowser.requireInstalled(chromium, driver, true));
        assertDoesNotThrow(() -> TestBrowser.requireInstalled(chromium, driver, false));
    }

    private Path executable(String name) throws IOException {
        Path file = Files.createFile(dir.resolve(name));
        assertTrue(file.toFile().setExecutable(true));
        return file;
    }
}
