package org.commonground.bot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterHeaderTest {

  @Test
  void waitsTheSecondsNamed() {
    assertThat(RetryAfterHeader.orAMinute(" 30 ")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void waitsAtLeastASecond() {
    assertThat(RetryAfterHeader.orAMinute("0")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void waitsAMinuteWhenNoWaitCanBeRead() {
    assertThat(RetryAfterHeader.orAMinute(null)).isEqualTo(Duration.ofMinutes(1));
    assertThat(RetryAfterHeader.orAMinute("Wed, 21 Oct 2026 07:28:00 GMT"))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(RetryAfterHeader.given("soon")).isEmpty();
  }
}
