package org.commonground.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics} as Prometheus scrapes it, after the app has done some work. */
class MetricsEndpointTest {

  @RegisterExtension
  final RunningApp app =
      new RunningApp().with("ADMIN_USER_IDS", ADMIN).with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @Test
  void countsAndTimesRequestsByKindAndOutcome() {
    Members.command(app, "/tags", "", MEMBER);
    String now = Long.toString(Instant.now().getEpochSecond());
    app.requests().send(SignedRequests.FORM, "command=%2Ftags", now, "v0=forged");
    app.requests().post(SignedRequests.FORM, "payload=%7Bcut-short");

    HttpResponse<String> scrape = app.requests().get("/metrics");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(scrape.body())
        .contains(
            "commonground_slack_requests_seconds_count{kind=\"command\",outcome=\"ok\"} 1",
            "commonground_slack_requests_seconds_count{kind=\"command\",outcome=\"unauthorised\"} 1",
            "commonground_slack_requests_seconds_count{kind=\"unreadable\",outcome=\"refused\"} 1",
            "commonground_slack_requests_seconds_bucket{kind=\"command\",outcome=\"ok\",le=\"0.05\"}",
            "jvm_memory_used_bytes");
  }

  @Test
  void reportsTheLatestRoundItsDigestsAndSlacksRateLimits() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    network.introduce("U0LONE", "Halton Housing", "HOUSING", 20);
    app.slack().awaitCalls("chat.postMessage", 3);
    app.slack().answerNext("chat.postMessage", FakeSlack.Answer.rateLimited(1));

    app.requests().slashCommand("/digest", "run", ADMIN);
    app.slack().awaitCalls("chat.postMessage", 3 + 1 + 3 + 1);

    assertThat(app.requests().get("/metrics").body())
        .contains(
            "commonground_digests_delivered_total 3",
            "commonground_digests_failed_total 0",
            "commonground_digests_pending 0",
            "commonground_round_eligible 3",
            "commonground_round_matched 2",
            "commonground_round_duration_seconds_count 1",
            "commonground_slack_ratelimited_total{method=\"chat.postMessage\"} 1",
            "commonground_delivery_ratelimited_total{platform=\"slack\"} 1.0");
  }

  @Test
  void showsThePaceOfSlackAloneWhenTeamsIsOff() {
    String scrape = app.requests().get("/metrics").body();

    assertThat(scrape)
        .contains(
            "commonground_delivery_pace{platform=\"slack\"} 120.0",
            "commonground_delivery_ratelimited_total{platform=\"slack\"} 0.0")
        .doesNotContain("platform=\"teams\"");
  }
}
