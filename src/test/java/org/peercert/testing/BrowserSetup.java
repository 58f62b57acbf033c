package org.peercert.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the browser tests find Chromium and its driver: PEERCERT_CHROMIUM and PEERCERT_CHROMEDRIVER when set, else the
 * first {@code chromium} (or {@code chromium-browser}, {@code google-chrome}) and {@code chromedriver} on the PATH.
 * Missing, the first browser test says what to install at once, instead of each one failing after a long wait.
 * A driver is never downloaded (Selenium Manager stays unused because the driver's path is always given).
 */
public record BrowserSetup(Path browser, Path driver) {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    private static BrowserSetup found;
    private static IllegalStateException missing;

    /** The machine's set-up, looked up once per test run. */
    public static synchronized BrowserSetup machine() {
        if (found == null && missing == null) {
            try {
                found = of(System.getenv());
            } catch (IllegalStateException e) {
                missing = e;
            }
        }
        if (missing != null) {
            throw missing;
        }
        return found;
    }

    static BrowserSetup of(Map<String, String> environment) {
        List<Path> path = Pattern.compile(Pattern.quote(java.io.File.pathSeparator)).splitAsStream(environment.getOrDefault("PATH", ""))
                .filter(dir -> !dir.isBlank()).map(Path::of).toList();
        Path browser = configured(environment, "PEERCERT_CHROMIUM")
                .or(() -> BROWSERS.stream().flatMap(name -> onPath(path, name).stream()).findFirst())
                .orElseThrow(() -> new IllegalStateException("The browser tests need Chromium: install it (" + INSTALL
                        + ") or set PEERCERT_CHROMIUM to its executable."));
        Path driver = configured(environment, "PEERCERT_CHROMEDRIVER").or(() -> onPath(path, "chromedriver"))
                .orElseThrow(() -> new IllegalStateException("The browser tests need ChromeDriver: install it (" + INSTALL
                        + ") or set PEERCERT_CHROMEDRIVER to its executable."));
        return new BrowserSetup(browser, driver);
    }

    private static Optional<Path> configured(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path executable = Path.of(value.strip());
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(name + " is set to " + value + ", which is not an executable file.");
        }
        return Optional.of(executable);
    }

    private static Optional<Path> onPath(List<Path> path, String name) {
        return path.stream().map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst();
    }
}
