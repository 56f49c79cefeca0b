package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The organisations page: a convenor's day-one import, and new organisations given a sector. */
class ConsoleOrganisationsTest {

  private static final String ADMIN = "U0ADMIN01";
  private static final Map<String, String> IMPORT = Map.of("action", "import");

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  private ConsoleClient browser;

  @BeforeEach
  void signIn() {
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
    browser.get("/admin/organisations");
  }

  @Test
  void fortyOrganisationsAreImportedFromASpreadsheetsCsv() {
    String csv =
        "\uFEFFName,Sector\r\n"
            + IntStream.rangeClosed(1, 40)
                .mapToObj(
                    n ->
                        "\"Organisation "
                            + n
                            + ", Merseyside\","
                            + (n % 2 == 0 ? "Charity" : "NHS / health"))
                .collect(Collectors.joining("\r\n"));

    Page page = browser.upload("/admin/organisations", IMPORT, "file", "network.csv", csv);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("Imported the list: 40 added, 0 given a sector, 0 already as listed.")
        .contains("40 organisations");
    assertThat(app.stores().organisations().list())
        .hasSize(40)
        .allMatch(Organisation::reviewed)
        .filteredOn(org -> org.name().equals("Organisation 2, Merseyside"))
        .extracting(Organisation::sector)
        .containsExactly(Sector.VCFSE);
  }

  @Test
  void aListWithProblemsNamesEachByRowAndImportsNothing() {
    String csv =
        "name,sector\n"
            + "Wirral Council,Local authority\n"
            + ",Housing\n"
            + "Wirral council,Council\n"
            + "Tenant Voice,Charitable\n"
            + "x".repeat(121)
            + ",Other\n";

    Page page = browser.upload("/admin/organisations", IMPORT, "file", "network.csv", csv);

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().title()).startsWith("Error:");
    assertThat(page.document().select(".error-summary li"))
        .extracting(element -> element.text())
        .containsExactly(
            "Row 3 has no name",
            "Row 4: Wirral council is on row 2 already",
            "Row 5: \"Charitable\" isn't a sector. Use one of: Local authority, NHS / health,"
                + " Voluntary & community (VCFSE), Housing, Social enterprise, Education &"
                + " research, Private, Other",
            "Row 6: the name is longer than 120 characters");
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#file");
    assertThat(app.stores().organisations().list()).isEmpty();
  }

  @Test
  void aFileWithoutANameColumnIsRefused() {
    Page page =
        browser.upload(
            "/admin/organisations", IMPORT, "file", "people.csv", "email,phone\na@b.c,0151\n");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("The first row must name the columns: name");
  }

  @Test
  void aFileOverAMegabyteIsRefusedAsTooLarge() {
    String csv = "name\n" + ("Organisation with a long name, Merseyside\n").repeat(30_000);

    Page page = browser.upload("/admin/organisations", IMPORT, "file", "huge.csv", csv);

    assertThat(page.status()).isEqualTo(413);
    assertThat(page.text()).contains("The file is larger than 1 MB");
    assertThat(app.stores().organisations().list()).isEmpty();
  }

  @Test
  void noFileChosenIsAskedFor() {
    Page page = browser.upload("/admin/organisations", IMPORT, "file", "", "");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("Choose a CSV file to import");
  }

  @Test
  void anOrganisationAMemberAddedWaitsForASectorAndGetsOne() {
    browser.upload(
        "/admin/organisations", IMPORT, "file", "one.csv", "name\n<b>Tenant Voice</b> & Co\n");
    // Imported organisations are reviewed; one a member typed is not.
    app.jdbi()
        .useHandle(
            handle -> handle.execute("UPDATE organisation SET reviewed = FALSE, sector = NULL"));
    Page page = browser.get("/admin/organisations");
    assertThat(page.document().select("table").first().text()).contains("<b>Tenant Voice</b> & Co");
    assertThat(page.body()).doesNotContain("<b>Tenant Voice</b>");
    long id = app.stores().organisations().list().get(0).id();

    Page after =
        browser.post(
            "/admin/organisations",
            Map.of("action", "sector", "id", String.valueOf(id), "sector", "HOUSING"));

    assertThat(after.text()).contains("No organisation is waiting");
    assertThat(app.stores().organisations().list())
        .extracting(Organisation::sector, Organisation::reviewed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Sector.HOUSING, true));
    assertThat(auditedActions()).contains("org.import", "org.sector");
  }

  @Test
  void twoOrganisationsThatAreOneAreMergedAndOneIsRenamed() {
    browser.upload(
        "/admin/organisations",
        IMPORT,
        "file",
        "two.csv",
        "name\nLiverpool CC\nLiverpool City Council\n");
    long from = app.stores().organisations().findByName("Liverpool CC").orElseThrow().id();
    long into =
        app.stores().organisations().findByName("Liverpool City Council").orElseThrow().id();

    Page merged =
        browser.post(
            "/admin/organisations",
            Map.of("action", "merge", "from", String.valueOf(from), "into", String.valueOf(into)));
    Page renamed =
        browser.post(
            "/admin/organisations",
            Map.of("action", "rename", "id", String.valueOf(into), "name", "Liverpool Council"));

    assertThat(merged.text()).contains("The organisations are merged");
    assertThat(renamed.text()).contains("The organisation is renamed");
    assertThat(app.stores().organisations().list())
        .extracting(Organisation::name)
        .containsExactly("Liverpool Council");
    assertThat(app.stores().organisations().findByName("Liverpool CC")).isPresent();
    assertThat(auditedActions()).contains("org.merge", "org.rename");
  }

  @Test
  void aNameAnotherOrganisationHasIsRefused() {
    browser.upload(
        "/admin/organisations", IMPORT, "file", "two.csv", "name\nSefton CVS\nSefton Council\n");
    long id = app.stores().organisations().findByName("Sefton CVS").orElseThrow().id();

    Page page =
        browser.post(
            "/admin/organisations",
            Map.of("action", "rename", "id", String.valueOf(id), "name", "sefton council"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary").text())
        .contains("Sefton Council has that name already: merge the two instead");
  }

  private List<String> auditedActions() {
    return app.jdbi()
        .withHandle(
            handle ->
                handle.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
  }
}
