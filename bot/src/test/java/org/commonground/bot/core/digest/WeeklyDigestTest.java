package org.commonground.bot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The weekly round through the real server: {@code /digest} and the digests members receive. */
class WeeklyDigestTest {

  static final String ADMIN = "U0ADMIN";

  @RegisterExtension
  final RunningApp app =
      new RunningApp().with("ADMIN_USER_IDS", ADMIN).with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private Network network;

  @BeforeEach
  void introduceNetwork() {
    network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    network.introduce("U0LONE", "Halton Housing", "HOUSING", 20);
    app.slack().awaitCalls("chat.postMessage", 3);
  }

  @Test
  void runSendsEachMemberOneDigestWithWhyTheyWereMatched() {
    app.requests().slashCommand("/digest", "run", ADMIN);

    List<SlackCall> digests = awaitDigests(3);
    SlackCall alice = to(digests, "U0ALICE");
    String text = VisibleText.of(alice.param("blocks"));
    assertThat(text)
        .contains(
            "<@U0BOB>", "Open Door Centre", "You both work on *" + network.tag(1).name() + "*")
        .contains("Intro me", "Not for me", "Pause matches for a week", "Edit profile");
    assertThat(alice.param("metadata")).contains("commonground_digest");
  }

  @Test
  void someoneWithNoPossiblePartnerIsToldKindlyWhy() {
    app.requests().slashCommand("/digest", "run", ADMIN);

    String text = VisibleText.of(to(awaitDigests(3), "U0LONE").param("blocks"));
    assertThat(text).contains("couldn't find anyone from another organisation", "next week");
    assertThat(text).doesNotContain("Intro me");
  }

  @Test
  void runningAgainInTheSameWeekSendsNothingMore() {
    app.requests().slashCommand("/digest", "run", ADMIN);
    awaitDigests(3);
    app.slack().awaitCalls("chat.postMessage", 3 + 3 + 1);

    app.requests().slashCommand("/digest", "run", ADMIN);

    app.slack().awaitCalls("chat.postMessage", 3 + 3 + 2);
    assertThat(digests()).hasSize(3);
    String report = app.slack().calls("chat.postMessage").get(3 + 3 + 1).param("text");
    assertThat(report).contains("0 digests sent now");
  }

  @Test
  void previewTellsTheAdminWithoutSendingAnything() {
    app.requests().slashCommand("/digest", "preview", ADMIN);

    SlackCall preview = app.slack().awaitCalls("chat.postMessage", 4).get(3);
    assertThat(preview.param("channel")).isEqualTo(ADMIN);
    assertThat(VisibleText.of(preview.param("blocks")))
        .contains(
            "(preview)", "3* eligible", "2* matched", "1 had nobody from another organisation");
    assertThat(digests()).isEmpty();
    assertThat(app.stores().rounds().latest()).isEmpty();
  }

  @Test
  void statusSaysHowDeliveryStands() {
    app.requests().slashCommand("/digest", "run", ADMIN);
    awaitDigests(3);
    app.slack().awaitCalls("chat.postMessage", 7);

    var response = app.requests().slashCommand("/digest", "status", ADMIN);

    assertThat(VisibleText.of(response.body()))
        .contains("Last round: 2026-W48", "*3* delivered", "Next round: Monday 23 November, 09:00");
  }

  @Test
  void nonAdminsArePolitelyRefusedAndNothingHappens() {
    var response = app.requests().slashCommand("/digest", "run", "U0ALICE");

    assertThat(VisibleText.of(response.body())).contains("only the network's admins");
    assertThat(app.stores().rounds().latest()).isEmpty();
  }

  private List<SlackCall> awaitDigests(int count) {
    long deadline = System.nanoTime() + 10_000_000_000L;
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

  private static SlackCall to(List<SlackCall> digests, String userId) {
    return digests.stream()
        .filter(c -> userId.equals(c.param("channel")))
        .findFirst()
        .orElseThrow();
  }
}
