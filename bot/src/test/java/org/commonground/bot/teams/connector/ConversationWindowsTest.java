package org.commonground.bot.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.teams.connector.ConversationWindows.Window;
import org.junit.jupiter.api.Test;

/** The turns handed out in a conversation keep every one of Teams' windows at once. */
class ConversationWindowsTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  private final ConversationWindows windows =
      new ConversationWindows(ConversationWindows.PER_BOT_PER_CONVERSATION);

  @Test
  void sevenCallsGoAtOnceTheEighthASecondLaterTheNinthTwoSecondsLater() {
    List<Instant> turns = reserveAll("a:1ana", 9, START);

    assertThat(turns.subList(0, 7)).containsOnly(START);
    assertThat(turns.get(7)).isEqualTo(START.plusSeconds(1));
    assertThat(turns.get(8)).isEqualTo(START.plusSeconds(2));
  }

  @Test
  void anotherConversationIsNotHeldByTheFirstsTurns() {
    reserveAll("a:1ana", 60, START);

    assertThat(windows.reserve("a:1ben", START)).isEqualTo(START);
  }

  @Test
  void twoThousandCallsAtOnceKeepEveryWindow() {
    List<Instant> turns = reserveAll("a:1ana", 2000, START);

    for (Window window : ConversationWindows.PER_BOT_PER_CONVERSATION) {
      for (int i = window.calls(); i < turns.size(); i++) {
        assertThat(Duration.between(turns.get(i - window.calls()), turns.get(i)))
            .as("call %d against %d in %s", i, window.calls(), window.length())
            .isGreaterThanOrEqualTo(window.length());
      }
    }
    assertThat(turns.get(1800)).isEqualTo(START.plus(Duration.ofHours(1)));
  }

  @Test
  void callsSpacedWiderThanTheWindowsGoWhenAsked() {
    Instant at = START;
    for (int i = 0; i < 100; i++) {
      assertThat(windows.reserve("a:1ana", at)).isEqualTo(at);
      at = at.plusSeconds(3);
    }
  }

  @Test
  void aTurnAfterAnHourOfQuietIsNow() {
    reserveAll("a:1ana", 1800, START);
    Instant later = START.plus(Duration.ofHours(3));

    assertThat(windows.reserve("a:1ana", later)).isEqualTo(later);
  }

  private List<Instant> reserveAll(String conversation, int calls, Instant now) {
    List<Instant> turns = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      turns.add(windows.reserve(conversation, now));
    }
    return turns;
  }
}
