package org.commonground.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages, driven by Selenium through the system's
 * chromedriver: nothing is downloaded at run time. Without them the test is skipped with a message,
 * so a newcomer's test run still passes; {@code .ci/run} installs both.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The WCAG 2.2 A and AA rules, and the earlier versions' they include. */
  private static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private ChromeDriver driver;
  private Path profile;
  private Path downloads;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser tests skipped: no Chromium and chromedriver (apt-get install chromium"
            + " chromium-driver)");
    profile = Files.createTempDirectory("commonground-chromium");
    downloads = Files.createTempDirectory("commonground-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        // Without these Chromium reaches for Google's hosts, which this network refuses.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // A form's answer may still be loading when the test looks for what it shows.
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    deleteAll(profile);
    deleteAll(downloads);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Where the browser saves what it downloads. */
  public Path downloads() {
    return downloads;
  }

  /** Waits, as a person would, for the page that a click led to. */
  public void awaitTitle(String start) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.titleContains(start));
  }

  /** Runs axe-core on the page as it stands and fails on any WCAG 2.2 A or AA violation. */
  public void assertAccessible() {
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
    assertThat(results.getViolations())
        .as("axe-core on %s found:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
        .isEmpty();
  }

  /** Saves what the browser shows, as a PNG. */
  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  private static void deleteAll(Path directory) throws IOException {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
