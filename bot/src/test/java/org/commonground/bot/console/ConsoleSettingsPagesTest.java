package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Running the network from the console through the real server: the weekly time, breaks, admins and
 * places, each saved at once, audited, refused with a clear message when wrong, and seen by the
 * chat without a restart.
 */
class ConsoleSettingsPagesTest {

  private static final String ADMIN = "U0ADMIN01";

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  private ConsoleClient browser;

  @BeforeEach
  void signIn() {
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
  }

  @Test
  void movingTheRoundToTuesdayAtTenShowsItsNextRunsAndChatSeesIt() {
    browser.get("/admin/schedule");

    Page page =
        browser.post(
            "/admin/schedule",
            Map.of(
                "action", "schedule", "day", "Tuesday", "time", "10:00", "zone", "Europe/London"));

    assertThat(page.text())
        .contains("The weekly round's time is saved")
        .contains("The weekly round runs Tuesdays at 10:00 (Europe/London)");
    assertThat(page.document().select("#next-rounds + ol li"))
        .extracting(element -> element.text())
        .containsExactly(
            "Tuesday 24 November 2026, 10:00 (Europe/London)",
            "Tuesday 1 December 2026, 10:00 (Europe/London)",
            "Tuesday 8 December 2026, 10:00 (Europe/London)");
    assertThat(app.requests().slashCommand("/digest", "status", ADMIN).body())
        .contains("Tuesday 24 November, 10:00");
    assertThat(auditActions()).contains("settings.schedule");
  }

  @Test
  void aTimeThatIsNotATimeIsRefusedAndNothingChanges() {
    browser.get("/admin/schedule");

    Page page =
        browser.post(
            "/admin/schedule",
            Map.of(
                "action", "schedule", "day", "Tuesday", "time", "25:00", "zone", "Europe/London"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#day");
    assertThat(page.document().select("#time").attr("value")).isEqualTo("25:00");
    assertThat(page.text()).contains("The weekly round runs Mondays at 09:00");
    assertThat(auditActions()).doesNotContain("settings.schedule");
  }

  @Test
  void aWeekOffIsSkippedInTheNextRuns() {
    browser.get("/admin/schedule");

    Page page =
        browser.post(
            "/admin/schedule",
            Map.of(
                "action", "add-break",
                "first-day", "2026-11-30",
                "last-day", "2026-12-06",
                "reason", "Pre-election period"));

    assertThat(page.text()).contains("The break is added", "Pre-election period");
    assertThat(page.document().select("#next-rounds + ol li"))
        .extracting(element -> element.text())
        .containsExactly(
            "Monday 23 November 2026, 09:00 (Europe/London)",
            "Monday 7 December 2026, 09:00 (Europe/London)",
            "Monday 14 December 2026, 09:00 (Europe/London)");
    assertThat(auditActions()).contains("settings.break.add");
  }

  @Test
  void aFormWithoutItsTokenChangesNoSetting() {
    Page page =
        browser.postExactly(
            "/admin/schedule",
            Map.of(
                "action", "schedule", "day", "Friday", "time", "15:00", "zone", "Europe/London"));

    assertThat(page.status()).isEqualTo(403);
    assertThat(browser.get("/admin/schedule").text()).contains("runs Mondays at 09:00");
  }

  @Test
  void anAdminAddedHereCanSignInAndLosesTheConsoleWhenRemoved() {
    browser.get("/admin/admins");
    Page added = browser.post("/admin/admins", Map.of("action", "add", "user-id", "U0GRACE01"));
    assertThat(added.text()).contains("The admin is added", "U0GRACE01");
    ConsoleClient grace = app.console();
    assertThat(grace.signInAs(app.slack(), "U0GRACE01", "Grace Hopper").text())
        .contains("Signed in as Grace Hopper");

    browser.post("/admin/admins", Map.of("action", "remove", "user-id", "U0GRACE01"));

    assertThat(grace.get("/admin").uri().getPath()).isEqualTo("/admin/sign-in");
    assertThat(auditActions()).contains("settings.admin.add", "settings.admin.remove");
  }

  @Test
  void anIdThatIsNoUserIdIsRefused() {
    browser.get("/admin/admins");

    Page page = browser.post("/admin/admins", Map.of("action", "add", "user-id", "@grace"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#user-id");
    assertThat(page.document().select("#user-id").attr("aria-describedby"))
        .isEqualTo("user-id-hint user-id-error");
  }

  @Test
  void placesSavedHereAreTheOnesMembersPickFrom() {
    browser.get("/admin/places");

    Page page = browser.post("/admin/places", Map.of("places", "Bolton\n\nWigan \nSalford\n"));

    assertThat(page.text()).contains("The places are saved");
    assertThat(page.document().select("#places").text()).isEqualTo("Bolton\nWigan\nSalford");
    assertThat(app.application().networkSettings().places().places())
        .isEqualTo(List.of("Bolton", "Wigan", "Salford"));
  }

  @Test
  void aPlaceTooLongIsRefusedWithWhatWasTyped() {
    browser.get("/admin/places");

    Page page = browser.post("/admin/places", Map.of("places", "Bolton\n" + "x".repeat(61)));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary").text()).contains("60");
    assertThat(page.document().select("#places").text()).contains("Bolton");
  }

  private List<String> auditActions() {
    return app.jdbi()
        .withHandle(
            handle ->
                handle.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
  }
}
