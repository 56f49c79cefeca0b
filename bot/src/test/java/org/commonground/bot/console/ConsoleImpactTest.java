package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.RunningApp;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The impact page through the real server, from introductions stored as the app stores them: this
 * term's introductions by sector as a chart with its table, small numbers shown as "<3" on the page
 * and in the CSV alike.
 */
class ConsoleImpactTest {

  private static final String ADMIN = "U0ADMIN01";

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  private ConsoleClient browser;
  private List<Long> pairs;

  @BeforeEach
  void aTermOfIntroductions() {
    pairs = ConsoleNetworkData.aTermOfIntroductions(app);
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
  }

  @Test
  void thisTermsIntroductionsBySectorAreAChartWithItsTable() {
    Page page = browser.get("/admin/impact");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Introductions made 1 Sep 2026 to 31 Dec 2026 (so far)");
    Element section = page.document().getElementById("sectors").nextElementSibling();
    assertThat(section.select("svg[role=img] title").first().text()).isNotBlank();
    Element table = section.selectFirst("table");
    assertThat(table.selectFirst("caption").text()).containsIgnoringCase("sector");
    assertThat(table.text()).contains("<3").contains("3");
  }

  @Test
  void aTableDownloadsAsCsvWithTheSameSuppression() {
    Page page = browser.get("/admin/impact");
    Element section = page.document().getElementById("sectors").nextElementSibling();
    String link = section.select("a[download]").attr("href");

    Page csv = browser.get(link);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.header("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition).contains("attachment", "2026-09-01-to-2026-12-31.csv"));
    assertThat(csv.body()).contains("<3").doesNotContain(",1,").doesNotContain(",1\r\n");
  }

  @Test
  void anotherPeriodIsChosenWithTwoDates() {
    Page page = browser.get("/admin/impact?from=2026-11-01&to=2026-11-30");

    assertThat(page.text()).contains("Introductions made 1 Nov 2026 to 30 Nov 2026");
  }

  @Test
  void datesThatAreNoDatesAreSaidSo() {
    Page page = browser.get("/admin/impact?from=yesterday&to=2026-11-30");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary").text())
        .contains("Give the period's first and last days as dates");
  }

  @Test
  void whatCameOfMeetingsIsCountedAndASharedStoryShownAsTyped() {
    ConsoleNetworkData.whatCameOfThem(app, pairs);

    Page page = browser.get("/admin/impact");

    Element outcomes = page.document().getElementById("outcomes-table");
    assertThat(outcomes.select("tbody tr"))
        .extracting(row -> row.text())
        .containsExactly(
            "Nothing yet 0",
            "We shared ideas or contacts <3",
            "We're working on something together 4",
            "It changed how we do something 0",
            "All answers [c]");
    assertThat(page.document().select(".stories blockquote").text())
        .isEqualTo("We now run a <b>joint</b> advice clinic @channel");
    assertThat(page.body()).doesNotContain("<b>joint</b>");
    assertThat(page.document().select(".stories .hint").text())
        .isEqualTo("Local authority and Voluntary & community (VCFSE), 20 October 2026");
  }

  @Test
  void anUnknownTableIsNotFound() {
    assertThat(browser.get("/admin/impact/download?table=members").status()).isEqualTo(404);
  }
}
