package org.commonground.bot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackSigner;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A signed request copied off the wire and sent again, within Slack's five-minute window. */
class ReplayProtectionTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  @Test
  void aReplayedSlashCommandIsAnsweredButActsOnce() {
    String body = SignedRequests.slashCommandBody("/tags", "add Fuel poverty", ADMIN);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body);

    HttpResponse<String> first = send(body, timestamp, signature);
    HttpResponse<String> replay = send(body, timestamp, signature);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Added *Fuel poverty*");
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).doesNotContain("Fuel poverty");
    assertThat(app.jdbi().onDemand(AuditLog.class).latest(10)).hasSize(1);
    assertThat(new TagCatalogue(app.jdbi(), app.clock()).findByName("Fuel poverty")).isPresent();
  }

  @Test
  void aReplayedCommandThatOnlyShowsSomethingShowsItAgain() {
    String body = SignedRequests.slashCommandBody("/tags", "", ADMIN);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body);

    HttpResponse<String> first = send(body, timestamp, signature);
    HttpResponse<String> replay = send(body, timestamp, signature);

    assertThat(first.body()).contains("Homelessness");
    assertThat(replay.body()).isEqualTo(first.body());
  }

  @Test
  void aCommandThatChangesSomethingIsGuardedWhateverItsCase() {
    String body = SignedRequests.slashCommandBody("/tags", "ADD Fuel poverty", ADMIN);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body);

    send(body, timestamp, signature);
    HttpResponse<String> replay = send(body, timestamp, signature);

    assertThat(replay.body()).doesNotContain("Fuel poverty");
    assertThat(app.jdbi().onDemand(AuditLog.class).latest(10)).hasSize(1);
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

  private HttpResponse<String> send(String body, String timestamp, String signature) {
    return app.requests().send(SignedRequests.FORM, body, timestamp, signature);
  }
}
