package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonground.bot.testing.Browser;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console as a convenor uses it, in a real browser: signing in through Slack's pages and back,
 * then every page, each checked with axe-core for WCAG 2.2 A and AA.
 */
class ConsoleInBrowserTest {

  private static final String ADMIN = "U0ADMIN01";

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  @RegisterExtension final Browser browser = new Browser();

  private WebDriver page;

  @BeforeEach
  void signIn() {
    page = browser.driver();
    app.slack().signIn().signInAs(ADMIN, "Ada Lovelace");
    page.get(app.uri().resolve("/admin").toString());
    assertThat(page.getTitle()).isEqualTo("Sign in – Common Ground console");
    browser.assertAccessible();
    page.findElement(By.linkText("Sign in with Slack")).click();
    assertThat(page.findElement(By.className("header__who")).getText())
        .contains("Signed in as Ada Lovelace");
  }

  @Test
  void aConvenorMovesTheRoundToTuesdayAtTenAndSkipsChristmas() {
    page.findElement(By.linkText("Schedule")).click();
    browser.assertAccessible();

    new Select(page.findElement(By.id("day"))).selectByVisibleText("Tuesday");
    WebElement time = page.findElement(By.id("time"));
    // A time input takes typed digits, hour then minute, as a person types them.
    time.sendKeys("1000");
    page.findElement(By.xpath("//button[text()='Save day and time']")).click();
    assertThat(page.findElement(By.cssSelector("[role=status]")).getText())
        .contains("The weekly round's time is saved");
    assertThat(page.findElement(By.tagName("main")).getText())
        .contains("The weekly round runs Tuesdays at 10:00 (Europe/London)");

    typeDate("first-day", LocalDate.of(2026, 12, 21));
    typeDate("last-day", LocalDate.of(2027, 1, 3));
    page.findElement(By.id("reason")).sendKeys("Christmas break");
    page.findElement(By.xpath("//button[text()='Add break']")).click();

    assertThat(page.findElement(By.xpath("//caption[text()='Breaks planned']/..")).getText())
        .contains("21 December 2026", "3 January 2027", "Christmas break");
    browser.assertAccessible();
  }

  @Test
  void aConvenorAddsAnAdmin() {
    page.findElement(By.linkText("Admins")).click();
    browser.assertAccessible();

    page.findElement(By.id("user-id")).sendKeys("U0GRACE01");
    page.findElement(By.xpath("//button[text()='Add admin']")).click();

    assertThat(page.findElement(By.cssSelector("[role=status]")).getText())
        .contains("The admin is added");
    assertThat(page.findElement(By.tagName("table")).getText()).contains("U0GRACE01");
    browser.assertAccessible();
  }

  @Test
  void theRoundsPageAndItsPreviewAreAccessible() {
    page.findElement(By.linkText("Rounds")).click();
    browser.assertAccessible();

    page.findElement(By.xpath("//button[text()=\"Preview this week's round\"]")).click();

    assertThat(page.findElement(By.id("preview")).getText()).contains("Preview");
    browser.assertAccessible();
  }

  @Test
  void thePlacesPageIsAccessible() {
    page.findElement(By.linkText("Places")).click();

    assertThat(page.findElement(By.id("places")).getAttribute("value")).contains("Liverpool");
    browser.assertAccessible();
  }

  @Test
  void aConvenorWritesTheDigestNoteAndTheMessagesPageIsAccessible() {
    page.findElement(By.linkText("Messages")).click();
    page.findElement(By.id("digest-note")).sendKeys("The spring conference is on Thursday.");
    page.findElement(By.xpath("//button[text()='Save the digest note']")).click();

    assertThat(page.findElement(By.cssSelector(".notification")).getText())
        .contains("The digest note is saved");
    assertThat(page.findElement(By.id("digest-note")).getAttribute("value"))
        .isEqualTo("The spring conference is on Thursday.");
    browser.assertAccessible();
  }

  @Test
  void aMistakeInThePrivacyNoticeIsShownAccessiblyBesideItsField() {
    page.findElement(By.linkText("Privacy notice")).click();
    assertThat(page.findElement(By.cssSelector(".inset")).getText())
        .contains("the data controller for Common Ground");
    browser.assertAccessible();

    WebElement url = page.findElement(By.id("url"));
    url.clear();
    url.sendKeys("not a web page");
    page.findElement(By.xpath("//button[text()='Save the notice']")).click();

    assertThat(page.findElement(By.cssSelector(".error-summary")).getText())
        .contains("must be a web page's");
    browser.assertAccessible();
  }

  @Test
  void aConvenorReadsThisTermsIntroductionsBySectorAndDownloadsThem() throws Exception {
    ConsoleNetworkData.aTermOfIntroductions(app);
    page.findElement(By.linkText("Impact")).click();
    browser.assertAccessible();

    WebElement sectors =
        page.findElement(By.xpath("//h3[@id='sectors']/following-sibling::div[1]"));
    assertThat(sectors.findElement(By.cssSelector("svg[role=img]")).isDisplayed()).isTrue();
    WebElement table = sectors.findElement(By.tagName("table"));
    assertThat(table.findElement(By.tagName("caption")).getText()).containsIgnoringCase("sector");
    assertThat(table.getText()).contains("Local authority", "<3");
    screenshotForTheReadme();

    sectors.findElement(By.partialLinkText("Download this table as CSV")).click();

    Eventually.until("the CSV to be downloaded", () -> downloaded(".csv").isPresent());
    assertThat(Files.readString(downloaded(".csv").orElseThrow()))
        .contains("Local authority", "<3");
  }

  @Test
  void aPageThatIsNotThereIsAccessibleToo() {
    page.get(app.uri().resolve("/admin/nowhere").toString());

    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    browser.assertAccessible();
  }

  @Test
  void theOverviewIsAccessible() {
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
    browser.assertAccessible();
  }

  @Test
  void aConvenorAddsATagWithASuggestionWaitingAndIsRefusedATakenName() {
    int challenge = app.stores().tags().active().get(0).id();
    app.requests().interaction(ProfilePayload.valid(challenge).suggestion("Period poverty").json());
    page.findElement(By.linkText("Tags")).click();
    browser.assertAccessible();

    addTag("Fuel poverty", "Housing");
    assertThat(page.findElement(By.cssSelector("[role=status]")).getText())
        .contains("The tag is added");
    assertThat(page.findElement(By.tagName("main")).getText()).contains("Fuel poverty");
    browser.assertAccessible();

    addTag("fuel poverty", "Housing");
    browser.awaitTitle("Error:");
    assertThat(page.findElement(By.className("error-summary")).getText())
        .contains("fuel poverty is taken");
    browser.assertAccessible();
  }

  private void addTag(String name, String theme) {
    page.findElement(By.id("add-name")).sendKeys(name);
    page.findElement(By.id("add-theme")).sendKeys(theme);
    page.findElement(By.xpath("//button[text()='Add tag']")).click();
  }

  @Test
  void aConvenorImportsFortyOrganisationsFromACsvFile() throws IOException {
    Path csv = Files.createTempFile("organisations", ".csv");
    Files.writeString(
        csv,
        "name,sector\n"
            + IntStream.rangeClosed(1, 40)
                .mapToObj(n -> "Organisation " + n + "," + (n % 2 == 0 ? "VCFSE" : "Council"))
                .collect(Collectors.joining("\n")));
    page.findElement(By.linkText("Organisations")).click();
    browser.assertAccessible();

    page.findElement(By.id("file")).sendKeys(csv.toString());
    page.findElement(By.xpath("//button[text()='Import organisations']")).click();

    assertThat(page.findElement(By.cssSelector("[role=status]")).getText())
        .contains("Imported the list: 40 added");
    assertThat(page.findElement(By.xpath("//caption[contains(., 'organisations')]")).getText())
        .isEqualTo("40 organisations");
    browser.assertAccessible();
  }

  private void typeDate(String id, LocalDate date) {
    // Chromium's date input takes the day, month and year typed in the browser's locale order.
    WebElement input = page.findElement(By.id(id));
    ((org.openqa.selenium.JavascriptExecutor) page)
        .executeScript("arguments[0].value = arguments[1]", input, date.toString());
  }

  /** A finished download: Chromium names one still under way {@code .crdownload}. */
  private java.util.Optional<Path> downloaded(String suffix) {
    try (var files = Files.list(browser.downloads())) {
      return files.filter(file -> file.toString().endsWith(suffix)).findFirst();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** With {@code -Dconsole.screenshot=path}, saves the impact page for the README. */
  private void screenshotForTheReadme() {
    String path = System.getProperty("console.screenshot");
    if (path != null) {
      ((org.openqa.selenium.JavascriptExecutor) page)
          .executeScript("document.getElementById('network').scrollIntoView()");
      browser.screenshot(Path.of(path));
    }
  }

  @Test
  void aListWithProblemsShowsAnAccessibleErrorSummary() throws IOException {
    Path csv = Files.createTempFile("organisations", ".csv");
    Files.writeString(csv, "name,sector\nTenant Voice,Charitable\n");
    page.findElement(By.linkText("Organisations")).click();

    page.findElement(By.id("file")).sendKeys(csv.toString());
    page.findElement(By.xpath("//button[text()='Import organisations']")).click();

    browser.awaitTitle("Error:");
    assertThat(page.getTitle()).startsWith("Error: Organisations");
    assertThat(page.findElement(By.className("error-summary")).getText())
        .contains("There is a problem", "Row 2: \"Charitable\" isn't a sector");
    browser.assertAccessible();
  }
}
