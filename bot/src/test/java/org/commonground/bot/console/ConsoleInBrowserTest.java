package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonground.bot.testing.Browser;
import org.commonground.bot.testing.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
    assertThat(page.findElement(By.tagName("header")).getText())
        .contains("Signed in as Ada Lovelace");
  }

  @Test
  void theOverviewIsAccessible() {
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
    browser.assertAccessible();
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

  @Test
  void aListWithProblemsShowsAnAccessibleErrorSummary() throws IOException {
    Path csv = Files.createTempFile("organisations", ".csv");
    Files.writeString(csv, "name,sector\nTenant Voice,Charitable\n");
    page.findElement(By.linkText("Organisations")).click();

    page.findElement(By.id("file")).sendKeys(csv.toString());
    page.findElement(By.xpath("//button[text()='Import organisations']")).click();

    assertThat(page.getTitle()).startsWith("Error:");
    assertThat(page.findElement(By.className("error-summary")).getText())
        .contains("There is a problem", "Row 2: \"Charitable\" isn't a sector");
    browser.assertAccessible();
  }
}
