package org.peercert.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver ({@link BrowserSetup}; never a downloaded driver), with a
 * fresh profile. Every page state a test reaches is checked with axe-core once: serious or critical violations fail.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private static final Duration POLL = Duration.ofMillis(50);

    public Browser() {
        this(1280, 900);
    }

    public Browser(int width, int height) {
        BrowserSetup setup = BrowserSetup.machine();
        try {
            profile = Files.createTempDirectory("peercert-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setup.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + Math.max(width, 500) + "," + height);
        if (width < 500) {
            // Headless Chromium makes no window narrower than 500 px: a phone is emulated instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", false)));
        }
        // The console is read after each page state: a Content-Security-Policy violation is reported there (#22).
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(setup.driver().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // Selenium polls every 500 ms by default: most waits end a few ms after a page or an ajax update lands (#24).
        wait = new WebDriverWait(driver, Duration.ofSeconds(15), POLL);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a portal page and checks its accessibility. */
    public void open(String path) {
        driver.get(Deployments.url(path));
        checkAccessibility();
    }

    /**
     * #30: opens the address the browser is at again, as a reload after the action's redirect or a shared link would, and
     * returns it; the page must then show the same record.
     */
    public String reopen() {
        String address = driver.getCurrentUrl();
        driver.get(address);
        return address;
    }

    /** Waits (15 s at most) until the condition holds on the page, and returns what it found. */
    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Types into a field; if an ajax update replaced the field meanwhile, finds it again. */
    public void type(String cssSelector, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.cssSelector(cssSelector));
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    /** Clicks the element; if an ajax update replaced it meanwhile, finds it again. */
    public void click(String cssSelector) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)).apply(d);
            if (element == null) {
                return false;
            }
            click(element);
            return true;
        });
    }

    /** Clicks the link with this text; if an ajax update (a search) replaces it meanwhile, finds it again. */
    public void clickLink(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            click(d.findElement(By.linkText(text)));
            return true;
        });
    }

    /** Scrolls the element to the middle of the window first, as a person would before clicking. */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the text (after a redirect or an ajax update), then checks accessibility. */
    public void waitForText(String expected) {
        try {
            // While an ajax update replaces the page, reading it can fail for a moment: keep polling until the timeout.
            wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        } catch (TimeoutException e) {
            String shot = "failed-" + System.currentTimeMillis();
            screenshot(shot);
            throw new AssertionError("'" + expected + "' never appeared on " + driver.getCurrentUrl()
                    + " (screenshot target/screenshots/" + shot + ".png). The page says:\n" + text(), e);
        }
        checkAccessibility();
    }

    /** Waits until the element shows exactly this text (a status after an action), then checks accessibility. */
    public void waitForTextIn(String cssSelector, String expected) {
        try {
            wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                    .until(d -> expected.equals(d.findElement(By.cssSelector(cssSelector)).getText().strip()));
        } catch (TimeoutException e) {
            String shot = "failed-" + System.currentTimeMillis();
            screenshot(shot);
            throw new AssertionError("'" + cssSelector + "' never showed '" + expected + "' on " + driver.getCurrentUrl()
                    + " (screenshot target/screenshots/" + shot + ".png). The page says:\n" + text(), e);
        }
        checkAccessibility();
    }

    /** Runs something that navigates (a form submitted by script, say) and waits until the next page has loaded. */
    public void andWaitForTheNextPage(Runnable navigation) {
        WebElement page = driver.findElement(By.tagName("html"));
        navigation.run();
        wait.until(d -> isGone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element left the page. Chromium says so either as a stale reference or, while the next page replaces the
     * document, as "Node with given id does not belong to the document" (an unknown error that Selenium's staleness check lets through).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * Signs in as set-up for what a test is about: the sign-in form is posted over plain HTTP ({@link PortalClient}),
     * the session it made is handed to this browser, which opens the page the portal sent the person to. A second
     * or so less per sign-in than the page; the sign-in page itself is tested with {@link #signInThroughThePage}.
     */
    public void signIn(String email, String password) {
        PortalClient client = new PortalClient();
        PortalClient.Page answer = client.signIn(email, password);
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/login.xhtml")) {
            throw new AssertionError("Signing in as " + email + " failed (status " + answer.status() + ")");
        }
        for (HttpCookie cookie : client.cookies()) {
            ((ChromeDriver) driver).executeCdpCommand("Network.setCookie", Map.of("name", cookie.getName(), "value", cookie.getValue(),
                    "url", Deployments.baseUrl(), "path", cookie.getPath() == null ? "/" : cookie.getPath(), "httpOnly", cookie.isHttpOnly()));
        }
        String home = URI.create(Deployments.baseUrl()).resolve(answer.location()).toString();
        driver.get(home);
        checkAccessibility();
    }

    /** Signs in on the sign-in page, as a person does; waits for the page the portal sends them to, or its error. */
    public void signInThroughThePage(String email, String password) {
        open("/login.xhtml");
        type("#login\\:email", email);
        type("#login\\:password", password);
        click("#login\\:signIn");
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml") || d.getPageSource().contains("message--error"));
    }

    public void signOut() {
        click("#signOutForm\\:signOut");
        wait.until(d -> d.getCurrentUrl().contains("signedOut=true"));
    }

    /** Saves a screenshot to target/screenshots/NAME.png so a person can look at the page. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the page once PrimeFaces has no request in flight: while one runs, its button shows a spinner and
     * fades its label out, which axe would report as text without contrast.
     */
    public void checkAccessibility() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !document.querySelector('.ui-state-loading'));")));
        checkContentSecurityPolicy();
        if (!ANALYZED_PAGE_STATES.add(pageState())) {
            return;
        }
        // A button fading back in after its request is a moment, not the page: axe sees the end state.
        ((JavascriptExecutor) driver).executeScript(STOP_TRANSITIONS_SCRIPT);
        Results results = AXE.analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), () -> "Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + serious.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /**
     * Fails when the browser refused something the page asked for under its Content-Security-Policy: a script, style,
     * frame or connection the policy does not allow would be a feature that silently does nothing for a user.
     */
    public void checkContentSecurityPolicy() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertTrue(refused.isEmpty(), () -> "Content-Security-Policy violations on " + driver.getCurrentUrl() + ":\n"
                + String.join("\n", refused));
    }

    /**
     * What axe's verdict depends on: the path and the shape of the document (elements with their ids, classes, roles,
     * ARIA and form attributes, and whether they hold text), not the words or numbers in it. A page seen again in the
     * same state, by this test or another, is not analysed again; a new message or dialog is a new state. Siblings of
     * the same shape count once (numbers in ids and attributes are the row's, not its shape), so tables of four rows
     * and of five are one state, while a row of another shape (a form opened in it, a warning) is a new one, and so
     * is a table of fewer than four rows, which axe judges differently (#24).
     */
    private String pageState() {
        return (String) ((JavascriptExecutor) driver).executeScript(PAGE_STATE_SCRIPT);
    }

    /** A constructed style sheet, not a style element: the strictest pages allow no inline style (#22). */
    private static final String STOP_TRANSITIONS_SCRIPT = """
            if (!window.testNoTransitions) {
              window.testNoTransitions = new CSSStyleSheet();
              window.testNoTransitions.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
              document.adoptedStyleSheets = [...document.adoptedStyleSheets, window.testNoTransitions];
              document.body.offsetHeight;
            }
            """;

    /**
     * axe in the page itself (legacy mode: the portal has no frames, so no partial runs gathered in a second tab),
     * reporting only violations in full: some 40% less time per page state (1.3 s to 0.7 s here).
     */
    private static final AxeBuilder AXE = axe();

    private static AxeBuilder axe() {
        AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).setLegacyMode(true).disableIframeTesting();
    }

    private static final Set<String> ANALYZED_PAGE_STATES = ConcurrentHashMap.newKeySet();

    private static final String PAGE_STATE_SCRIPT = """
            const worded = ['aria-label', 'aria-valuetext', 'aria-placeholder', 'aria-roledescription', 'alt', 'title'];
            const kept = ['role', 'type', 'for', 'alt', 'title', 'tabindex', 'disabled', 'scope', 'headers', 'colspan', 'rowspan'];
            const digitless = (text) => text.replace(/[0-9]+/g, '0');
            const attributes = (el) => [...el.attributes].filter(a => a.name.startsWith('aria-') || kept.includes(a.name))
                .map(a => a.name + '=' + (worded.includes(a.name) ? (a.value.trim() ? 'T' : '') : digitless(a.value))).join(',');
            const shape = (el) => {
              const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) ? 'T' : '';
              const own = el.tagName + '#' + digitless(el.id) + '.' + digitless(String(el.className)) + '[' + attributes(el) + ']' + text
                  + (getComputedStyle(el).display === 'none' ? 'H' : '');
              const children = new Set();
              for (const child of el.children) {
                if (child.tagName !== 'SCRIPT') children.add(shape(child));
              }
              // How many children up to four: axe judges small tables (3 by 3 or less) and rows of unequal cells apart.
              return own + '(' + Math.min(el.children.length, 4) + ':' + [...children].join('|') + ')';
            };
            const all = location.pathname + shape(document.body);
            let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
            for (let i = 0; i < all.length; i++) {
              const c = all.charCodeAt(i);
              h1 = Math.imul(h1 ^ c, 2654435761);
              h2 = Math.imul(h2 ^ c, 1597334677);
            }
            return location.pathname + ':' + (h1 >>> 0).toString(16) + (h2 >>> 0).toString(16) + ':' + all.length;
            """;

    @Override
    public void close() {
        try {
            checkContentSecurityPolicy();
        } finally {
            quit();
        }
    }

    private void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
