package org.commonground.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.bot.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /metrics} shows the pace of each platform in use, and only those. */
class PaceMetricsWithTeamsTest {
  @RegisterExtension final RunningApp both = new RunningApp().withTeams();
  @RegisterExtension final RunningApp teamsAlone = new RunningApp().teamsAlone();

  @Test
  void showsThePaceOfEachPlatformInUseInMessagesAMinute() {
    assertThat(both.requests().get("/metrics").body())
        .contains(
            "commonground_delivery_pace{platform=\"slack\"} 120.0",
            "commonground_delivery_pace{platform=\"teams\"} 600.0",
            "commonground_delivery_ratelimited_total{platform=\"teams\"} 0.0");
    assertThat(teamsAlone.requests().get("/metrics").body())
        .contains("commonground_delivery_pace{platform=\"teams\"} 600.0")
        .doesNotContain("platform=\"slack\"");
  }
}
