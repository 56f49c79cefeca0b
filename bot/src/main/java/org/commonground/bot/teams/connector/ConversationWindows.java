package org.commonground.bot.teams.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When the bot may next call the Bot Connector in a conversation, so as to keep within Teams' limit
 * per bot per conversation ("per bot per thread"), which Teams documents as a table of windows: at
 * most 7 calls in any 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit, "Per bot per thread limit").
 * Those are known in advance, so they are kept exactly rather than learnt from {@code 429}s. The
 * turns handed out are remembered, so that callers waiting for theirs are counted too; a caller
 * takes its turn only when nothing else will hold its call, so that each is when the call is made.
 */
final class ConversationWindows {

  /** At most {@code calls} in any {@code length}. */
  record Window(int calls, Duration length) {}

  static final List<Window> PER_BOT_PER_CONVERSATION =
      List.of(
          new Window(7, Duration.ofSeconds(1)),
          new Window(8, Duration.ofSeconds(2)),
          new Window(60, Duration.ofSeconds(30)),
          new Window(1800, Duration.ofHours(1)));

  /** Past this many conversations, those whose turns have all aged out are forgotten. */
  private static final int SWEEP_ABOVE = 10_000;

  private final List<Window> windows;
  private final Duration longest;
  private final Map<String, List<Instant>> turns = new HashMap<>();

  ConversationWindows(List<Window> windows) {
    this.windows = windows;
    this.longest = windows.stream().map(Window::length).max(Duration::compareTo).orElseThrow();
  }

  /** Takes the next turn in {@code conversationId} at {@code now} or after, and answers it. */
  synchronized Instant reserve(String conversationId, Instant now) {
    if (turns.size() > SWEEP_ABOVE) {
      turns.values().removeIf(past -> past.get(past.size() - 1).isBefore(now.minus(longest)));
    }
    List<Instant> past = turns.computeIfAbsent(conversationId, c -> new ArrayList<>());
    past.removeIf(turn -> turn.isBefore(now.minus(longest)));
    Instant turn = past.isEmpty() || now.isAfter(past.get(past.size() - 1)) ? now : last(past);
    for (Window window : windows) {
      if (past.size() >= window.calls()) {
        Instant free = past.get(past.size() - window.calls()).plus(window.length());
        turn = free.isAfter(turn) ? free : turn;
      }
    }
    past.add(turn);
    return turn;
  }

  private static Instant last(List<Instant> past) {
    return past.get(past.size() - 1);
  }
}
