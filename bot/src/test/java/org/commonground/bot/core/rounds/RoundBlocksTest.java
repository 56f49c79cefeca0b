package org.commonground.bot.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.slack.home.BlockListSection;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.rounds.RoundStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The weekly round never pairs across a block or a Not for me, either way, until it is undone. */
class RoundBlocksTest {

  private static final String NO_MATCH = "couldn't find anyone from another organisation";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", Members.ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private Network network;

  @BeforeEach
  void network() {
    network = new Network(app);
  }

  @Test
  void neitherTheBlockerNorTheBlockedIsPairedAcrossABlock() {
    network.introduce("U0ADA", "Wirral Council", "LOCAL_AUTHORITY", 0);
    network.introduce("U0BEA", "Open Door Centre", "VCFSE", 0);
    network.introduce("U0CAL", "Kindred", "VCFSE", 1);
    network.introduce("U0KIT", "Kindred", "VCFSE", 1);
    network.introduce("U0DEV", "Juno", "VCFSE", 1);
    app.slack().awaitCalls("chat.postMessage", 5);
    homeAction(SlackPayloads.userPicked("U0ADA", BlockListSection.BLOCK_PERSON_ACTION, "U0BEA"));
    homeAction(
        SlackPayloads.picked(
            "U0DEV",
            BlockListSection.BLOCK_ORGANISATION_ACTION,
            "external_select",
            Long.toString(organisation("Kindred"))));

    app.requests().slashCommand("/digest", "run", Members.ADMIN);

    List<SlackCall> digests = awaitDigests(5);
    for (SlackCall digest : digests) {
      assertThat(VisibleText.of(digest.param("blocks")))
          .as(digest.param("channel"))
          .contains(NO_MATCH)
          .doesNotContain("<@U0", "block", "Block");
    }
    RoundStore rounds = app.stores().rounds();
    assertThat(rounds.pairs(rounds.latest().orElseThrow().id())).isEmpty();
  }

  @Test
  void undoingNotForMeInAppHomeLetsTheRoundPairThemAgain() {
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
    app.requests().slashCommand("/digest", "run", Members.ADMIN);
    SlackCall bobsDigest = digestTo(awaitDigests(2), "U0BOB");
    RoundStore rounds = app.stores().rounds();
    String pairId = Long.toString(rounds.pairs(rounds.latest().orElseThrow().id()).get(0).id());

    app.requests()
        .interaction(
            ButtonClick.of(
                "U0BOB",
                DigestMessage.NOT_FOR_ME_ACTION,
                pairId,
                bobsDigest,
                "D0BOB",
                "1717000000.000001"));
    assertThat(VisibleText.of(app.slack().awaitCall("chat.update").param("blocks")))
        .contains("You passed on this one", "Undo it in the app's Home tab");
    app.requests().event(SlackPayloads.appHomeOpened("U0BOB"));
    assertThat(VisibleText.of(app.slack().awaitCall("views.publish").param("view")))
        .contains("<@U0ALICE> – you said *Not for me* on 23 November 2026", "Undo");

    // Past the weeks in which any pair, declined or not, waits before it may be formed again.
    app.clock().advance(Duration.ofDays(7 * 13));
    app.requests().slashCommand("/digest", "run", Members.ADMIN);
    assertThat(VisibleText.of(digestTo(awaitDigests(4), "U0BOB").param("blocks")))
        .contains(NO_MATCH);

    homeAction(SlackPayloads.button("U0BOB", BlockListSection.UNBLOCK_PERSON_ACTION, "U0ALICE"));
    app.clock().advance(Duration.ofDays(7));
    app.requests().slashCommand("/digest", "run", Members.ADMIN);

    List<SlackCall> digests = awaitDigests(6);
    assertThat(VisibleText.of(digestTo(digests, "U0BOB").param("blocks"))).contains("<@U0ALICE>");
    assertThat(VisibleText.of(digestTo(digests, "U0ALICE").param("blocks"))).contains("<@U0BOB>");
  }

  @Test
  void aMemberWhoJoinsAnOrganisationTheyBlockedStillGetsTheirRound() {
    network.introduce("U0ADA", "Wirral Council", "LOCAL_AUTHORITY", 0);
    network.introduce("U0BEA", "Open Door Centre", "VCFSE", 0);
    network.introduce("U0CAL", "Kindred", "VCFSE", 0);
    app.slack().awaitCalls("chat.postMessage", 3);
    homeAction(
        SlackPayloads.picked(
            "U0ADA",
            BlockListSection.BLOCK_ORGANISATION_ACTION,
            "external_select",
            Long.toString(organisation("Open Door Centre"))));
    network.introduce("U0ADA", "Open Door Centre", "VCFSE", 0);

    app.requests().slashCommand("/digest", "run", Members.ADMIN);

    List<SlackCall> digests = awaitDigests(3);
    assertThat(VisibleText.of(digestTo(digests, "U0CAL").param("blocks"))).contains("<@U0");
  }

  /** An App Home interaction, waiting for the App Home it republishes. */
  private void homeAction(String payload) {
    int before = app.slack().calls("views.publish").size();
    assertThat(app.requests().interaction(payload).statusCode()).isEqualTo(200);
    app.slack().awaitCalls("views.publish", before + 1);
  }

  private long organisation(String name) {
    return new OrganisationCatalogue(app.jdbi(), app.clock()).findByName(name).orElseThrow().id();
  }

  private List<SlackCall> awaitDigests(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (digests().size() < count && System.nanoTime() < deadline) {
      app.slack().awaitCalls("chat.postMessage", app.slack().calls("chat.postMessage").size() + 1);
    }
    return digests();
  }

  private List<SlackCall> digests() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> c.param("metadata") != null)
        .toList();
  }

  /** The latest digest to {@code userId}. */
  private static SlackCall digestTo(List<SlackCall> digests, String userId) {
    return digests.stream()
        .filter(c -> userId.equals(c.param("channel")))
        .reduce((first, second) -> second)
        .orElseThrow();
  }
}
