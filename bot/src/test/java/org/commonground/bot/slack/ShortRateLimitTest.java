package org.commonground.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A one-off message, here the confirmation a member gets after introducing themselves, that Slack
 * refuses for a second or two is waited out and posted again, not lost.
 */
class ShortRateLimitTest {

  private static final String MEMBER = "U0ALICE";

  @RegisterExtension final RunningApp app = new RunningApp();

  @Test
  void aPostRefusedForASecondIsPostedAgainOnceTheSecondIsOver() {
    app.slack().answerNext("chat.postMessage", FakeSlack.Answer.rateLimited(1));

    new Network(app).introduce(MEMBER, "Wirral Council", "LOCAL_AUTHORITY", 0);

    List<SlackCall> posts = app.slack().awaitCalls("chat.postMessage", 2);
    assertThat(posts.get(1).params()).isEqualTo(posts.get(0).params());
    assertThat(posts.get(1).receivedAtNanos() - posts.get(0).receivedAtNanos())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(app.slack().landed(posts.get(1))).isNotNull();
    assertThat(app.requests().get("/metrics").body())
        .contains(
            "commonground_slack_ratelimited_total{method=\"chat.postMessage\"} 1",
            "commonground_delivery_ratelimited_total{platform=\"slack\"} 1.0");
  }
}
