package org.commonground.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.Samples;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What reaches the app at all: signatures, timestamps, Slack's handshake requests, health. */
class SlackRequestVerificationTest {

  @RegisterExtension final RunningApp app = new RunningApp();

  @Test
  void signsExactlyLikeSlacksPublishedTestVector() {
    var vector = JsonParser.parseString(Samples.text("signing_test_vector.json")).getAsJsonObject();

    String signature =
        SlackSigner.sign(
            vector.get("signing_secret").getAsString(),
            vector.get("x_slack_request_timestamp").getAsString(),
            Samples.text("slash_command.signing_example.txt"));

    assertThat(signature).isEqualTo(vector.get("expected_x_slack_signature").getAsString());
  }

  @Test
  void answersUrlVerificationWithTheChallenge() {
    HttpResponse<String> response =
        app.requests().event(compact(Samples.text("url_verification.json")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("challenge-value");
  }

  @Test
  void answersSslCheckWithoutASignature() {
    HttpResponse<String> response =
        app.requests().send(SignedRequests.FORM, Samples.text("ssl_check.txt"), null, null);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsABadSignatureAndDoesNothing() {
    String body = "command=%2Fintroduce&text=&user_id=U0123MEMBER&trigger_id=1.2.3";
    String now = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> response =
        app.requests()
            .send(SignedRequests.FORM, body, now, SlackSigner.sign("wrong-secret", now, body));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.slack().appCalls()).isEmpty();
  }

  @Test
  void rejectsSlacksOwnExampleBecauseItsTimestampIsYearsOld() {
    var vector = JsonParser.parseString(Samples.text("signing_test_vector.json")).getAsJsonObject();
    String body = Samples.text("slash_command.signing_example.txt");
    String timestamp = vector.get("x_slack_request_timestamp").getAsString();

    HttpResponse<String> response =
        app.requests()
            .send(
                SignedRequests.FORM,
                body,
                timestamp,
                SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.slack().appCalls()).isEmpty();
  }

  @Test
  void rejectsAStaleProfileSubmissionWithoutSavingIt() {
    String body = "payload=%7B%22type%22%3A%22view_submission%22%7D";
    String tenMinutesAgo = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());

    HttpResponse<String> response =
        app.requests()
            .send(
                SignedRequests.FORM,
                body,
                tenMinutesAgo,
                SlackSigner.sign(RunningApp.SIGNING_SECRET, tenMinutesAgo, body));

    assertThat(response.statusCode()).isBetween(400, 401);
    assertThat(app.rows().members()).isZero();
  }

  @Test
  void rejectsATimestampMoreThanFiveMinutesAheadAndDoesNothing() {
    String sixMinutesAhead = Long.toString(Instant.now().plusSeconds(360).getEpochSecond());

    HttpResponse<String> response = introduceSignedAt(sixMinutesAhead);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(app.slack().appCalls()).isEmpty();
  }

  @Test
  void acceptsASenderWhoseClockIsAMinuteAhead() {
    String aMinuteAhead = Long.toString(Instant.now().plusSeconds(60).getEpochSecond());

    HttpResponse<String> response = introduceSignedAt(aMinuteAhead);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(app.slack().awaitCall("views.open")).isNotNull();
  }

  @Test
  void rejectsASignatureThatIsAlmostRight() {
    String body = SignedRequests.slashCommandBody("/introduce", "", "U0123MEMBER");
    String now = Long.toString(Instant.now().getEpochSecond());
    String right = SlackSigner.sign(RunningApp.SIGNING_SECRET, now, body);
    char last = right.charAt(right.length() - 1);
    String lastCharacterWrong = right.substring(0, right.length() - 1) + (last == '0' ? '1' : '0');

    for (String wrong :
        List.of(lastCharacterWrong, right + "0", right.substring(0, 20), right.toUpperCase())) {
      assertThat(app.requests().send(SignedRequests.FORM, body, now, wrong).statusCode())
          .as(wrong)
          .isEqualTo(401);
    }
    assertThat(app.slack().appCalls()).isEmpty();
  }

  @Test
  void refusesABodyOverOneMebibyteBeforeReadingIt() {
    String body =
        SignedRequests.slashCommandBody("/introduce", "x".repeat(1024 * 1024), "U0123MEMBER");

    HttpResponse<String> response = app.requests().post(SignedRequests.FORM, body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(app.slack().appCalls()).isEmpty();
  }

  private HttpResponse<String> introduceSignedAt(String timestamp) {
    String body = SignedRequests.slashCommandBody("/introduce", "", "U0123MEMBER");
    return app.requests()
        .send(
            SignedRequests.FORM,
            body,
            timestamp,
            SlackSigner.sign(RunningApp.SIGNING_SECRET, timestamp, body));
  }

  @Test
  void rejectsARequestWithoutSignatureHeaders() {
    HttpResponse<String> response =
        app.requests().send(SignedRequests.JSON, Samples.text("url_verification.json"), null, null);

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void verifiesAnEventFullOfCharactersOutsideAscii() {
    HttpResponse<String> response =
        app.requests().event(compact(Samples.text("app_home_opened.event_callback.json")));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void reportsHealthyWhileTheDatabaseAnswers() {
    HttpResponse<String> response = app.requests().get("/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  /** Slack sends JSON compact, on one line; the samples are pretty-printed for reading. */
  private static String compact(String json) {
    return JsonParser.parseString(json).toString();
  }
}
