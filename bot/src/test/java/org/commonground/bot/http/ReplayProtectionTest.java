package org.commonground.bot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackSigner;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A signed request copied off the wire and sent again, within Slack's five-minute window. */
class ReplayProtectionTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  @Test
  void aReplayedSlashCommandIsAnsweredButActsOnce() {
    List<HttpResponse<String>> sent = sentTwice("add Fuel poverty");
    HttpResponse<String> first = sent.get(0);
    HttpResponse<String> replay = sent.get(1);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Added *Fuel poverty*");
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).doesNotContain("Fuel poverty");
    assertThat(app.rows().audit(10)).hasSize(1);
    assertThat(new TagCatalogue(app.jdbi(), app.clock()).findByName("Fuel poverty")).isPresent();
  }

  @Test
  void aReplayedCommandThatOnlyShowsSomethingShowsItAgain() {
    List<HttpResponse<String>> sent = sentTwice("");
    HttpResponse<String> first = sent.get(0);
    HttpResponse<String> replay = sent.get(1);

    assertThat(first.body()).contains("Homelessness");
    assertThat(replay.body()).isEqualTo(first.body());
  }

  @Test
  void aCommandThatChangesSomethingIsGuardedWhateverItsCase() {
    HttpResponse<String> replay = sentTwice("ADD Fuel poverty").get(1);

    assertThat(replay.body()).doesNotContain("Fuel poverty");
    assertThat(app.rows().audit(10)).hasSize(1);
  }

  @Test
  void theSameCommandSignedAgainLaterIsANewRequest() {
    String body = SignedRequests.slashCommandBody("/tags", "retire Civic data", ADMIN);
    long now = Instant.now().getEpochSecond();

    send(
        body,
        Long.toString(now - 2),
        SlackSigner.sign(RunningApp.SIGNING_SECRET, Long.toString(now - 2), body));
    HttpResponse<String> again =
        send(
            body,
            Long.toString(now - 1),
            SlackSigner.sign(RunningApp.SIGNING_SECRET, Long.toString(now - 1), body));

    assertThat(again.body()).contains("already retired");
  }

  @Test
  void twoIdenticalOptionsLoadsBothGetTheOptions() {
    String body =
        "payload="
            + URLEncoder.encode(
                Interactions.suggestion(MEMBER, ProfileFields.CHALLENGES_INPUT, "hou"),
                StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body);

    HttpResponse<String> first = send(body, timestamp, signature);
    HttpResponse<String> second = send(body, timestamp, signature);

    assertThat(first.body()).contains("Housing");
    assertThat(second.body()).isEqualTo(first.body());
  }

  /** {@code /tags text} signed once and sent twice, as someone replaying it would. */
  private List<HttpResponse<String>> sentTwice(String text) {
    String body = SignedRequests.slashCommandBody("/tags", text, ADMIN);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body);
    return List.of(send(body, timestamp, signature), send(body, timestamp, signature));
  }

  private HttpResponse<String> send(String body, String timestamp, String signature) {
    return app.requests().send(SignedRequests.FORM, body, timestamp, signature);
  }
}
