package org.planlineage.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests: the system's {@code chromium} and {@code chromedriver} (Debian's
 * packages; {@code CHROME_BIN} and {@code CHROMEDRIVER} name others), with the flags that work on a closed network,
 * a fresh profile, and every host but localhost unresolvable, so a page that reaches for a CDN fails here as it
 * would on a government network. A test skips, saying why, only when no browser is installed.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the calling test when none is installed. */
    public static Browser start() {
        Optional<Path> chromium =
                find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> chromedriver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(
                chromium.isPresent() && chromedriver.isPresent(),
                "No Chromium and ChromeDriver found (install Debian's chromium and chromium-driver, as .ci/run does,"
                        + " or set CHROME_BIN and CHROMEDRIVER): the browser tests are skipped");
        try {
            Path profile = Files.createTempDirectory("explorer-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile,
                    "--window-size=1280,900",
                    // no network but this machine: a CDN address cannot even be resolved
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                    "--lang=en-GB");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find(String variable, String... candidates) {
        return Stream.concat(Stream.ofNullable(System.getenv(variable)), Stream.of(candidates))
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        // generous, for real waits only: on a machine running several builds at once a page's bundle and its chunks
        // take seconds to load and GraphiQL's first answer took 6.5 s (load 11). A test waits on a condition it
        // needs, never on a time: a lost click, not this bound, was GraphiqlBrowserTest's time-out under load
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    /** Runs a script in the page and returns its value. */
    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console's errors since the last call (CSP refusals, failed loads, uncaught exceptions). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every URL the page has loaded (its resources and API calls), from the browser's own timing records. */
    public List<String> loadedUrls() {
        List<Map<String, Object>> entries =
                script("return performance.getEntriesByType('resource').map(e => ({name: e.name}))");
        return entries.stream().map(e -> (String) e.get("name")).toList();
    }

    /** Saves the whole page as {@code target/explorer-screenshots/<name>.png}, keeping the window's width. */
    public Path screenshot(String name) {
        try {
            Dimension window = driver.manage().window().getSize();
            long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 5000)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(window);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
