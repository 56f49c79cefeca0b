package org.commonground.storage.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What admins save in the console, each change audited; on H2 and PostgreSQL. */
abstract class NetworkSettingsContract {

  private static final String ADMIN = "U0CONVENOR";
  private static final String TEAMS_ADMIN = "5f2b9c1e-8d3a-4f6b-9e2d-1a7c3b5d8e9f";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private SavedSettings settings;
  private ProgrammeBreaks breaks;
  private NetworkAdmins admins;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    settings = new SavedSettings(jdbi, clock);
    breaks = new ProgrammeBreaks(jdbi, clock);
    admins = new NetworkAdmins(jdbi, clock);
  }

  @Test
  void nothingIsSavedUntilAnAdminSavesIt() {
    assertThat(settings.schedule()).isEmpty();
    assertThat(settings.places()).isEmpty();
    assertThat(settings.welcome()).isEmpty();
    assertThat(settings.digestNote()).isEmpty();
    assertThat(settings.notice()).isEmpty();
    assertThat(breaks.notOverOn(LocalDate.of(2026, 11, 23))).isEmpty();
    assertThat(admins.all()).isEmpty();
  }

  @Test
  void aSavedScheduleIsReadBackAndEachSaveIsAuditedWithWhatItReplaced() {
    SavedSchedule tuesdays = new SavedSchedule(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON);
    SavedSchedule fridays =
        new SavedSchedule(DayOfWeek.FRIDAY, LocalTime.of(8, 30), ZoneId.of("Europe/Dublin"));

    settings.saveSchedule(ADMIN, tuesdays);
    clock.advance(Duration.ofMinutes(1));
    settings.saveSchedule(TEAMS_ADMIN, fridays);

    assertThat(settings.schedule()).contains(fridays);
    List<AuditEntry> audit = audit("settings.schedule");
    assertThat(audit)
        .extracting(AuditEntry::actor, AuditEntry::beforeValue, AuditEntry::afterValue)
        .containsExactly(
            tuple(
                TEAMS_ADMIN,
                "{\"day\":\"TUESDAY\",\"time\":\"10:00\",\"zone\":\"Europe/London\"}",
                "{\"day\":\"FRIDAY\",\"time\":\"08:30\",\"zone\":\"Europe/Dublin\"}"),
            tuple(
                ADMIN,
                null,
                "{\"day\":\"TUESDAY\",\"time\":\"10:00\",\"zone\":\"Europe/London\"}"));
  }

  @Test
  void theLongestPlacesListIsKeptInOrderAndAuditedWhole() {
    List<String> places =
        IntStream.range(0, 100).mapToObj(i -> String.format("%02d", i) + "x".repeat(58)).toList();
    List<String> reversed = new ArrayList<>(places);
    Collections.reverse(reversed);

    settings.savePlaces(ADMIN, places);
    settings.savePlaces(ADMIN, reversed);

    assertThat(settings.places()).contains(reversed);
    AuditEntry latest = audit("settings.places").get(0);
    assertThat(latest.beforeValue()).isEqualTo(String.join("\n", places));
    assertThat(latest.afterValue()).isEqualTo(String.join("\n", reversed));
  }

  @Test
  void theNetworksWordsAreKeptWithTheirLineBreaksAndANoteCanBeSavedAsNone() {
    String welcome = "Welcome to the Greater Manchester network!\n\nWe meet in person each June.";

    settings.saveWelcome(ADMIN, welcome);
    settings.saveDigestNote(ADMIN, "Conference on Thursday.");
    settings.saveDigestNote(ADMIN, "");

    assertThat(settings.welcome()).contains(welcome);
    assertThat(settings.digestNote()).contains("");
    assertThat(audit("settings.digest_note"))
        .extracting(AuditEntry::beforeValue, AuditEntry::afterValue)
        .containsExactly(
            tuple("Conference on Thursday.", ""), tuple(null, "Conference on Thursday."));
  }

  @Test
  void theNoticesFieldsAreReadBackWithAbsentOnesAbsentAndAuditedAsFields() {
    SavedNotice first =
        new SavedNotice(
            "Greater Manchester Combined Authority", Optional.empty(), Optional.empty());
    SavedNotice second =
        new SavedNotice(
            "GMCA",
            Optional.of("dpo@greatermanchester-ca.gov.uk"),
            Optional.of("https://example.org/privacy"));

    settings.saveNotice(ADMIN, first);
    assertThat(settings.notice()).contains(first);
    settings.saveNotice(ADMIN, second);

    assertThat(settings.notice()).contains(second);
    AuditEntry latest = audit("settings.privacy_notice").get(0);
    assertThat(latest.beforeValue())
        .isEqualTo(
            "{\"controller\":\"Greater Manchester Combined Authority\",\"contact\":null,\"url\":null}");
    assertThat(latest.afterValue()).contains("\"contact\":\"dpo@greatermanchester-ca.gov.uk\"");
  }

  @Test
  void breaksNotOverAreListedEarliestFirstAndRemovedOnce() {
    ProgrammeBreak christmas =
        breaks.add(ADMIN, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3), "Christmas break");
    ProgrammeBreak election =
        breaks.add(
            ADMIN, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "Pre-election period");

    assertThat(breaks.notOverOn(LocalDate.of(2026, 12, 7))).containsExactly(election, christmas);
    assertThat(breaks.notOverOn(LocalDate.of(2026, 12, 8))).containsExactly(christmas);

    assertThat(breaks.remove(ADMIN, christmas.id())).contains(christmas);
    assertThat(breaks.remove(ADMIN, christmas.id())).isEmpty();
    assertThat(breaks.notOverOn(LocalDate.of(2026, 12, 8))).isEmpty();
    List<AuditEntry> audit = audit("settings.break");
    assertThat(audit)
        .extracting(AuditEntry::action, AuditEntry::subject)
        .containsExactly(
            tuple("settings.break.remove", "break:" + christmas.id()),
            tuple("settings.break.add", "break:" + election.id()),
            tuple("settings.break.add", "break:" + christmas.id()));
    assertThat(audit.get(0).beforeValue())
        .isEqualTo(
            "{\"first_day\":\"2026-12-21\",\"last_day\":\"2027-01-03\","
                + "\"reason\":\"Christmas break\"}");
  }

  @Test
  void aBreakEndingBeforeItStartsIsRefusedByTheDatabaseToo() {
    assertThatThrownBy(
            () -> breaks.add(ADMIN, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 7), "Oops"))
        .isInstanceOf(RuntimeException.class);

    assertThat(breaks.notOverOn(LocalDate.of(2026, 11, 23))).isEmpty();
    assertThat(audit("settings.break")).isEmpty();
  }

  @Test
  void anAdminIsAddedOnceAndRemovedOnceEachChangeAudited() {
    assertThat(admins.add(ADMIN, TEAMS_ADMIN)).isTrue();
    assertThat(admins.add(ADMIN, TEAMS_ADMIN)).isFalse();

    assertThat(admins.isAdmin(TEAMS_ADMIN)).isTrue();
    assertThat(admins.isAdmin("U0SOMEONE")).isFalse();
    assertThat(admins.all()).containsExactly(new NetworkAdmin(TEAMS_ADMIN, ADMIN, clock.instant()));

    assertThat(admins.remove(ADMIN, TEAMS_ADMIN)).isTrue();
    assertThat(admins.remove(ADMIN, TEAMS_ADMIN)).isFalse();
    assertThat(admins.isAdmin(TEAMS_ADMIN)).isFalse();
    assertThat(audit("settings.admin"))
        .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::subject)
        .containsExactly(
            tuple("settings.admin.remove", ADMIN, "admin:" + TEAMS_ADMIN),
            tuple("settings.admin.add", ADMIN, "admin:" + TEAMS_ADMIN));
  }

  private List<AuditEntry> audit(String prefix) {
    return jdbi.onDemand(AuditLog.class).latestOf(prefix, 10);
  }
}
