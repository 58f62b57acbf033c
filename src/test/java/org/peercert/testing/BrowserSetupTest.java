package org.peercert.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests find Chromium and ChromeDriver, or say at once what to install. */
class BrowserSetupTest {

    @TempDir
    Path dir;

    @Test
    void theSettingsWinOverThePath() throws IOException {
        Path onPath = Files.createDirectories(dir.resolve("bin"));
        executable(onPath.resolve("chromium"));
        executable(onPath.resolve("chromedriver"));
        Path browser = executable(dir.resolve("my-chromium"));
        Path driver = executable(dir.resolve("my-driver"));

        BrowserSetup setup = BrowserSetup.of(Map.of("PATH", onPath.toString(), "PEERCERT_CHROMIUM", browser.toString(),
                "PEERCERT_CHROMEDRIVER", driver.toString()));

        assertEquals(new BrowserSetup(browser, driver), setup);
    }

    @Test
    void withoutSettingsTheFirstOnThePathIsTaken() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        executable(second.resolve("chromium"));
        executable(first.resolve("chromium-browser"));
        executable(first.resolve("chromedriver"));
        executable(second.resolve("chromedriver"));

        BrowserSetup setup = BrowserSetup.of(Map.of("PATH", first + java.io.File.pathSeparator + second));

        assertEquals(second.resolve("chromium"), setup.browser(), "chromium is preferred to chromium-browser");
        assertEquals(first.resolve("chromedriver"), setup.driver());
    }

    @Test
    void aMissingDriverSaysWhatToInstall() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("chromium"));
        Files.writeString(bin.resolve("chromedriver"), "not executable");

        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> BrowserSetup.of(Map.of("PATH", bin.toString())));

        assertTrue(missing.getMessage().contains("ChromeDriver") && missing.getMessage().contains(BrowserSetup.INSTALL), missing.getMessage());
    }

    @Test
    void aSettingThatIsNotAnExecutableIsRefusedByName() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> BrowserSetup.of(Map.of("PATH", "", "PEERCERT_CHROMIUM", dir.resolve("nothing-here").toString())));

        assertTrue(wrong.getMessage().startsWith("PEERCERT_CHROMIUM is set to "), wrong.getMessage());
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
