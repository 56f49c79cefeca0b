package org.commonground.bot.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.commonground.bot.slack.rounds.AutoPauseMessage;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.impact.RoundParticipation;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.testing.StoredRounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members who answered none of their matches for three rounds are paused before the next. */
class AutoPauseTest {

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", Members.ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @BeforeEach
  void threeRoundsAliceNeverAnswered() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    network.introduce("U0CAROL", "Kindred", "VCFSE", 1);
    app.slack().awaitCalls("chat.postMessage", 3);
    long week = Week.containing(LocalDate.of(2026, 11, 23)).number();
    StoredRounds stored = new StoredRounds(app.jdbi(), app.clock());
    Round last = null;
    for (long past = week - 3; past < week; past++) {
      last = stored.delivered(past, List.of(pair(id("U0ALICE"), id("U0BOB"))), id("U0CAROL"));
    }
    long pairId = app.stores().rounds().pairs(last.id()).get(0).id();
    app.stores().matchAnswers().answer(pairId, id("U0BOB"), Answer.INTRO_ME);
  }

  @Test
  void theSilentMemberIsPausedToldOnceAndLeftOutOfTheRound() {
    app.requests().slashCommand("/digest", "run", Members.ADMIN);
    app.slack().awaitCalls("chat.postMessage", 3 + 4);

    assertThat(member("U0ALICE").pausedUntil()).isEqualTo(MemberStatus.UNTIL_RESUMED);
    assertThat(VisibleText.of(pauseNotice().param("blocks")))
        .contains("We've paused your introductions", "three weeks", "Keep me in");
    assertThat(digests()).extracting(c -> c.param("channel")).containsOnly("U0BOB", "U0CAROL");
    assertThat(thisRound().members()).hasValue(3);
    assertThat(thisRound().paused()).hasValue(1);

    app.requests().slashCommand("/digest", "run", Members.ADMIN);
    app.slack().awaitCalls("chat.postMessage", 3 + 4 + 1);
    assertThat(toAlice()).hasSize(1);
  }

  private RoundParticipation thisRound() {
    return app.stores().impactFigures().weekly(1).participation().get(0);
  }

  @Test
  void thePreviewLeavesTheSilentMemberOutAndPausesNobody() {
    app.requests().slashCommand("/digest", "preview", Members.ADMIN);

    SlackCall preview = app.slack().awaitCalls("chat.postMessage", 4).get(3);
    assertThat(VisibleText.of(preview.param("blocks"))).contains("2* eligible", "2* matched");
    assertThat(member("U0ALICE").pausedUntil()).isNull();
  }

  @Test
  void appHomeShowsThePauseAndKeepMeInUndoesIt() {
    app.requests().slashCommand("/digest", "run", Members.ADMIN);
    app.slack().awaitCalls("chat.postMessage", 3 + 4);

    app.requests().event(SlackPayloads.appHomeOpened("U0ALICE"));
    String home = VisibleText.of(app.slack().awaitCall("views.publish").param("view"));
    assertThat(home).contains("paused* until you resume", "Resume now");

    SlackCall notice = pauseNotice();
    app.requests()
        .interaction(
            ButtonClick.on(app.slack(), notice, "U0ALICE", AutoPauseMessage.KEEP_ME_IN_ACTION));

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(update.param("ts")).isEqualTo(app.slack().landed(notice).ts());
    assertThat(VisibleText.of(update.param("blocks")))
        .contains("Welcome back")
        .doesNotContain("Keep me in");
    assertThat(member("U0ALICE").pausedUntil()).isNull();
  }

  @Test
  void keepMeInNamingSomeoneElsesDigestUpdatesOnlyTheClickersOwnNotice() {
    app.requests().slashCommand("/digest", "run", Members.ADMIN);
    app.slack().awaitCalls("chat.postMessage", 3 + 4);
    FakeSlack.Landed bobs = app.slack().landed(digests().get(0));
    JsonObject bobsBefore = app.slack().message(bobs);
    String week = ButtonClick.valueOf(pauseNotice(), AutoPauseMessage.KEEP_ME_IN_ACTION);

    app.requests()
        .interaction(ButtonClick.forged("U0ALICE", AutoPauseMessage.KEEP_ME_IN_ACTION, week, bobs));

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(update.param("ts")).isEqualTo(app.slack().landed(pauseNotice()).ts());
    assertThat(update.param("blocks")).doesNotContain("evil.example").contains("Welcome back");
    assertThat(app.slack().message(bobs)).isEqualTo(bobsBefore);
    assertThat(app.slack().calls("chat.update")).hasSize(1);
  }

  private SlackCall pauseNotice() {
    return toAlice().get(0);
  }

  private List<SlackCall> toAlice() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> "U0ALICE".equals(c.param("channel")))
        .filter(c -> AutoPauseMessage.TEXT.equals(c.param("text")))
        .toList();
  }

  private List<SlackCall> digests() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> c.param("metadata") != null)
        .toList();
  }

  private Member member(String userId) {
    return app.stores().profiles().findMember(userId).orElseThrow();
  }

  private long id(String userId) {
    return member(userId).id();
  }
}
