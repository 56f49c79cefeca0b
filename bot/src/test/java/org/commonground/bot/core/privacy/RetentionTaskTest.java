package org.commonground.bot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.storage.retention.RoundRetention;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.StoredAnswers;
import org.commonground.storage.testing.StoredRounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The nightly retention task, run by hand with the app's clock moved on two years. */
class RetentionTaskTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", Members.ADMIN);

  /** Ada met Bea 25 months ago; she was introduced to Cal two months ago. */
  @BeforeEach
  void twoRoundsTwoYearsApart() {
    StoredRounds stored = new StoredRounds(app.jdbi(), app.clock());
    long ada = stored.member("U0ADA");
    long bea = stored.member("U0BEA");
    long cal = stored.member("U0CAL");
    introducedAndMet(stored.delivered(2900, List.of(pair(ada, bea))), ada, "U0ADA");
    app.clock().advance(Duration.ofDays(23 * 30));
    introducedAndMet(stored.delivered(3000, List.of(pair(ada, cal))), ada, "U0ADA");
    app.clock().advance(Duration.ofDays(60));
  }

  @Test
  void oldMatchesAreNoLongerHeldAboutAnyoneButTheFiguresStay() {
    String statusBefore = Members.command(app, "/digest", "status", Members.ADMIN);
    assertThat(matchedWith()).containsExactly("U0BEA", "U0CAL");

    RoundRetention.Anonymised done = task().run();

    assertThat(done).isEqualTo(new RoundRetention.Anonymised(1, 2, 1, 0, 0, 0));
    assertThat(matchedWith()).containsExactly("U0CAL");
    assertThat(Members.command(app, "/digest", "status", Members.ADMIN)).isEqualTo(statusBefore);
    assertThat(statusBefore).contains("Introductions made: *2* · met: *2*");
  }

  @Test
  void aSecondNightFindsNothingMoreToDo() {
    task().run();

    assertThat(task().run()).isEqualTo(new RoundRetention.Anonymised(0, 0, 0, 0, 0, 0));
    assertThat(matchedWith()).containsExactly("U0CAL");
  }

  private RetentionTask task() {
    return new RetentionTask(
        new RoundRetention(app.jdbi(), app.clock()), 24, ZoneId.of("Europe/London"));
  }

  /** Whom Ada's downloaded data says she was matched with. */
  private List<String> matchedWith() {
    // A member gets one file every few minutes, however often they ask.
    app.clock().advance(PrivacyService.REPEAT_QUIET);
    int uploads = app.slack().calls("upload").size();
    app.requests().interaction(SlackPayloads.button("U0ADA", HomeView.DOWNLOAD_ACTION));
    String body = app.slack().awaitCalls("upload", uploads + 1).get(uploads).param("body");
    JsonObject file = JsonParser.parseString(body).getAsJsonObject();
    return file.getAsJsonArray("matches").asList().stream()
        .map(m -> m.getAsJsonObject().get("matched_with"))
        .filter(m -> !m.isJsonNull())
        .map(m -> m.getAsString())
        .toList();
  }

  private void introducedAndMet(Round round, long member, String userId) {
    new StoredAnswers(app.jdbi())
        .introducedAndMet(round, member, userId, "G0" + round.week(), app.clock().instant());
  }
}
