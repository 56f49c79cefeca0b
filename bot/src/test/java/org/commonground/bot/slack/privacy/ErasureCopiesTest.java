package org.commonground.bot.slack.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.testing.EveryTextColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting a profile also removes what the app put in Slack about the member: their card in the
 * introductions channel, the file of their data, and their match in another member's digest.
 */
class ErasureCopiesTest {

  private static final String MEMBER = "U0123MEMBER";
  private static final String PARTNER = "U0PARTNER";
  private static final String INTROS = "C0INTROS";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", "U0ADMIN")
          .with("INTRO_CHANNEL", INTROS)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private ScheduledRemover remover;
  private String card;
  private String file;
  private RoundMember partnersDigest;

  /** Both are matched this week; only the member shares a card; the member downloads their data. */
  @BeforeEach
  void matchedWithACardAndAnExport() {
    Network network = new Network(app);
    network.introduce(PARTNER, "Open Door Centre", "VCFSE", 0);
    app.requests()
        .interaction(ProfilePayload.valid(network.tag(0).id()).shareInChannel(true).json());
    app.slack().awaitCalls("chat.postMessage", 3);
    card = app.slack().messageTimestamps(INTROS).get(0);
    app.requests().slashCommand("/digest", "run", "U0ADMIN");
    app.slack().awaitCalls("chat.postMessage", 6);
    long round = app.stores().rounds().latest().orElseThrow().id();
    long partner = app.stores().profiles().findMember(PARTNER).orElseThrow().id();
    Eventually.until(
        "the partner's digest to be recorded as delivered",
        () -> app.stores().rounds().member(round, partner).orElseThrow().messageTs() != null);
    partnersDigest = app.stores().rounds().member(round, partner).orElseThrow();
    app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.DOWNLOAD_ACTION));
    SlackCall completed = app.slack().awaitCall("files.completeUploadExternal");
    file =
        JsonParser.parseString(completed.param("files"))
            .getAsJsonArray()
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();
    Eventually.until("the export to be recorded", () -> exportsRecorded() == 1);
    remover = new ScheduledRemover(app);
  }

  @AfterEach
  void closeRemover() throws Exception {
    remover.close();
  }

  @Test
  void deletingTheProfileDeletesTheCardAndTheFileAndTakesThemOutOfTheOtherDigest() {
    deleteProfile();

    SlackCall deleted = app.slack().awaitCall("chat.delete");
    assertThat(deleted.params()).containsEntry("channel", INTROS).containsEntry("ts", card);
    assertThat(app.slack().messageTimestamps(INTROS)).isEmpty();
    assertThat(app.slack().awaitCall("files.delete").param("file")).isEqualTo(file);
    SlackCall redrawn = app.slack().awaitCall("chat.update");
    assertThat(redrawn.params())
        .containsEntry("channel", partnersDigest.dmChannel())
        .containsEntry("ts", partnersDigest.messageTs());
    assertThat(VisibleText.of(redrawn.param("blocks")))
        .contains("has left Common Ground", "Pause matches for a week")
        .doesNotContain(MEMBER, "Sefton Council");
    assertThat(redrawn.param("blocks")).doesNotContain(DigestMessage.INTRO_ME_ACTION);
    assertThat(told())
        .contains("your introduction card", "the file of your data", "another member's digest")
        .contains("already read")
        .doesNotContain(DeletionReport.REFUSED_HEADING, DeletionReport.PENDING_HEADING);
    assertThat(app.slack().calls("chat.delete")).hasSize(1);
    assertThat(app.slack().calls("chat.update")).hasSize(1);
  }

  @Test
  void whenSlackRefusesOrIsDownTheDataIsStillErasedTheMemberToldAndTheRestRetried() {
    app.slack().answerNext("chat.delete", FakeSlack.Answer.error("cant_delete_message"));
    app.slack()
        .answerNext(
            "files.delete",
            new FakeSlack.Answer(
                503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}"));
    app.slack().answerNext("chat.update", FakeSlack.Answer.error("internal_error"));

    deleteProfile();

    assertThat(EveryTextColumn.containing(app.jdbi(), MEMBER)).isEmpty();
    String told = told();
    assertThat(told.substring(told.indexOf(DeletionReport.REFUSED_HEADING)))
        .contains("your introduction card");
    assertThat(told.substring(told.indexOf(DeletionReport.PENDING_HEADING)))
        .contains("the file of your data", "another member's digest");

    app.clock().advance(Duration.ofMinutes(5));
    remover.removeDue();

    assertThat(app.slack().calls("files.delete")).hasSize(2);
    assertThat(app.slack().calls("chat.update")).hasSize(2);
    assertThat(app.slack().calls("chat.delete")).hasSize(1);
    remover.removeDue();
    assertThat(app.slack().calls("files.delete")).hasSize(2);
  }

  @Test
  void theFileIsDeletedADayAfterItWasSentWhenTheMemberStays() {
    app.clock().advance(SlackCopies.EXPORT_LIFETIME.minusMinutes(1));
    remover.removeDue();
    assertThat(app.slack().calls("files.delete")).isEmpty();

    app.clock().advance(Duration.ofMinutes(1));
    remover.removeDue();

    assertThat(app.slack().calls("files.delete"))
        .extracting(c -> c.param("file"))
        .containsExactly(file);
    assertThat(app.slack().calls("chat.delete")).isEmpty();
    assertThat(exportsRecorded()).isZero();
  }

  private void deleteProfile() {
    app.requests().interaction(SlackPayloads.submitted(MEMBER, DeletionModal.CALLBACK_ID));
  }

  /** The words of the DM telling the member what was deleted. */
  private String told() {
    app.slack().awaitCalls("chat.postMessage", 7);
    List<SlackCall> told =
        app.slack().calls("chat.postMessage").stream()
            .filter(c -> DeletionReport.TEXT.equals(c.param("text")))
            .toList();
    assertThat(told).hasSize(1);
    return VisibleText.of(told.get(0).param("blocks"));
  }

  private int exportsRecorded() {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM slack_copy WHERE file_id IS NOT NULL")
                    .mapTo(Integer.class)
                    .one());
  }
}
