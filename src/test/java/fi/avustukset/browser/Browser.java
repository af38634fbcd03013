package fi.avustukset.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, one browser per test class
 * ({@code @RegisterExtension static Browser browser = new Browser("name")}).
 *
 * <p>Nothing is downloaded: the browser binary and the driver are given explicitly (system
 * properties {@code browser.chromium}, {@code browser.chromedriver}; defaults
 * {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), so Selenium Manager never runs.
 * A missing browser FAILS the suite with the install command — it never skips.
 *
 * <p>Screenshots go to {@code target/browser-screenshots/<name>/NN-step.png}; a failing test leaves
 * {@code failure.png} and {@code failure.html} there too.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

  static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  /** Generous: the CI machine is shared and Tasklist loads 4 MB of scripts on first use. */
  static final Duration WAIT = Duration.ofSeconds(
      Long.getLong("browser.wait-seconds", 60));

  private final String name;
  private final Path screenshots;
  private ChromeDriver driver;
  private Path profile;
  private int step;

  public Browser(String name) {
    this.name = name;
    this.screenshots = Path.of("target", "browser-screenshots", name);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException("The browser suite needs " + binary + " (Debian: "
            + "apt-get install -y chromium chromium-driver; .ci/run installs them). "
            + "Other paths: -Dbrowser.chromium=… -Dbrowser.chromedriver=…");
      }
    }
    Files.createDirectories(screenshots);
    // only this run's screens: a previous run's numbering would mix with this one's
    try (var old = Files.list(screenshots)) {
      for (Path file : old.toList()) {
        Files.deleteIfExists(file);
      }
    }
    profile = Files.createTempDirectory("chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=fi",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fi,en"));
    // The page's console (script errors, failed requests) goes to failure.log on a failure.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver == null) {
      return;
    }
    try {
      Files.write(screenshots.resolve("failure.png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(screenshots.resolve("failure.html"), driver.getPageSource());
      StringBuilder console = new StringBuilder(driver.getCurrentUrl()).append('\n');
      driver.manage().logs().get(LogType.BROWSER).forEach(e -> console.append(e).append('\n'));
      Files.writeString(screenshots.resolve("failure.log"), console);
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return waiting(WAIT);
  }

  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
  }

  /** Saves what the person sees now as {@code NN-what.png}; returns the file. */
  public Path screenshot(String what) {
    Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, what));
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Answers the project's pages' HTTP Basic prompt as this user (what a person types into the
   * browser's login dialog): every request of the browser carries the user's credentials until
   * {@link #noBasicAuth()}. Headless Chromium cannot show the dialog, so the header is set
   * through the DevTools protocol.
   */
  public void basicAuth(String user) {
    String token = java.util.Base64.getEncoder().encodeToString(
        (user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("Authorization", "Basic " + token)));
  }

  /** The browser no longer answers the Basic prompt (the next person at the same browser). */
  public void noBasicAuth() {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
  }

  public String name() {
    return name;
  }
}
