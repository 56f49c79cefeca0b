package org.commonground.bot.slack.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.testing.EveryTextColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export and erasure of a member who has taken part in rounds, declined and suggested a tag. */
class ErasureAfterRoundsTest {

  private static final String MEMBER = "U0123MEMBER";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", "U0ADMIN")
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @BeforeEach
  void takePartInARound() {
    Network network = new Network(app);
    network.introduce("U0PARTNER", "Open Door Centre", "VCFSE", 0);
    int tag = network.tag(0).id();
    app.requests().interaction(ProfilePayload.valid(tag).suggestion("Bootle bike library").json());
    app.slack().awaitCalls("chat.postMessage", 3);
    app.requests().slashCommand("/digest", "run", "U0ADMIN");
    app.slack().awaitCalls("chat.postMessage", 6);
    SlackCall digest =
        app.slack().calls("chat.postMessage").stream()
            .filter(c -> MEMBER.equals(c.param("channel")) && c.param("metadata") != null)
            .findFirst()
            .orElseThrow();
    long pairId =
        app.stores()
            .rounds()
            .latest()
            .map(r -> app.stores().rounds().pairs(r.id()).get(0).id())
            .orElseThrow();
    app.requests()
        .interaction(
            ButtonClick.of(
                MEMBER,
                DigestMessage.NOT_FOR_ME_ACTION,
                Long.toString(pairId),
                digest,
                "D0123MEMBER",
                "1717000000.000009"));
    app.slack().awaitCall("chat.update");
  }

  @Test
  void theExportIncludesTheirMatchesDeclinesAndSuggestions() {
    app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.DOWNLOAD_ACTION));

    JsonObject file =
        JsonParser.parseString(app.slack().awaitCall("upload").param("body")).getAsJsonObject();
    assertThat(file.getAsJsonArray("matches").toString())
        .contains("U0PARTNER", "NOT_FOR_ME", "2026-W48");
    assertThat(file.getAsJsonArray("weekly_digests").toString()).contains("SENT");
    assertThat(file.getAsJsonArray("declined").toString()).contains("U0PARTNER");
    assertThat(file.getAsJsonArray("tag_suggestions").toString()).contains("Bootle bike library");
  }

  @Test
  void afterDeletionNothingHoldsThemButTheRoundStillCountsItsPair() {
    app.requests().interaction(SlackPayloads.submitted(MEMBER, DeletionModal.CALLBACK_ID));
    app.slack().awaitCall("views.publish");

    for (String trace : new String[] {MEMBER, "Bootle bike library", "D0123MEMBER"}) {
      assertThat(EveryTextColumn.containing(app.jdbi(), trace)).as(trace).isEmpty();
    }
    RoundStore rounds = app.stores().rounds();
    var round = rounds.latest().orElseThrow();
    assertThat(round.pairCount()).isEqualTo(1);
    assertThat(rounds.pairs(round.id())).hasSize(1);
  }
}
