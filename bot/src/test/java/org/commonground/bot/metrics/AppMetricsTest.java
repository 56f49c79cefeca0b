package org.commonground.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AppMetricsTest {

  @Test
  void anAcknowledgementSlowerThanASecondIsCountedAsSlow() {
    AppMetrics metrics = new AppMetrics();

    metrics.request("command", "ok", Duration.ofMillis(40));
    metrics.request("command", "ok", Duration.ofMillis(1500));

    assertThat(metrics.scrape())
        .contains(
            "commonground_slack_acks_slow_total{kind=\"command\"} 1",
            "commonground_slack_requests_seconds_count{kind=\"command\",outcome=\"ok\"} 2");
  }
}
