package org.commonground.bot.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * The limits Teams documents for a bot's calls to the Bot Connector
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): per bot per conversation
 * ("per thread") at most 7 calls in any 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour; and per app
 * per tenant, across all conversations, 50 a second. A call over any of them is refused with {@code
 * 429} and a {@code Retry-After} of the whole seconds until the window that refused it frees a
 * place; refused calls don't count against the windows. Calls made before such a {@code
 * Retry-After} has passed, in the conversation or (when the app's limit refused) anywhere, are
 * counted.
 */
final class TeamsThrottle {

  private record Window(int calls, Duration length) {}

  private static final List<Window> PER_CONVERSATION =
      List.of(
          new Window(7, Duration.ofSeconds(1)),
          new Window(8, Duration.ofSeconds(2)),
          new Window(60, Duration.ofSeconds(30)),
          new Window(1800, Duration.ofHours(1)));

  private static final List<Window> PER_APP = List.of(new Window(50, Duration.ofSeconds(1)));

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final LongSupplier nanos;
  private final Map<String, Deque<Long>> conversations = new HashMap<>();
  private final Deque<Long> app = new ArrayDeque<>();
  private final Map<String, Long> conversationRetryUntil = new HashMap<>();
  private long appRetryUntil = Long.MIN_VALUE;
  private int refused;
  private int callsTooSoon;

  TeamsThrottle(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** The {@code Retry-After} seconds for a call now in {@code conversationId} (may be null). */
  synchronized OptionalInt refusal(String conversationId) {
    long now = nanos.getAsLong();
    if (now < appRetryUntil
        || now < conversationRetryUntil.getOrDefault(conversationId, Long.MIN_VALUE)) {
      callsTooSoon++;
    }
    Deque<Long> conversation =
        conversationId == null
            ? new ArrayDeque<>()
            : conversations.computeIfAbsent(conversationId, c -> new ArrayDeque<>());
    long conversationFree = freeAt(conversation, PER_CONVERSATION, now);
    long appFree = freeAt(app, PER_APP, now);
    if (conversationFree > now || appFree > now) {
      refused++;
      int seconds =
          (int) Math.max(1, (Math.max(conversationFree, appFree) - now + SECOND - 1) / SECOND);
      long until = now + seconds * SECOND;
      if (appFree > now) {
        appRetryUntil = Math.max(appRetryUntil, until);
      } else {
        conversationRetryUntil.put(conversationId, until);
      }
      return OptionalInt.of(seconds);
    }
    conversation.addLast(now);
    app.addLast(now);
    return OptionalInt.empty();
  }

  synchronized int refused() {
    return refused;
  }

  synchronized int callsTooSoon() {
    return callsTooSoon;
  }

  /** When the windows next let a call through: {@code now} if they do already. */
  private static long freeAt(Deque<Long> calls, List<Window> windows, long now) {
    long longest = windows.get(windows.size() - 1).length().toNanos();
    while (!calls.isEmpty() && calls.peekFirst() <= now - longest) {
      calls.removeFirst();
    }
    long free = now;
    for (Window window : windows) {
      long length = window.length().toNanos();
      int inWindow = 0;
      long oldestInWindow = now;
      for (var it = calls.descendingIterator(); it.hasNext(); ) {
        long at = it.next();
        if (at <= now - length) {
          break;
        }
        inWindow++;
        oldestInWindow = at;
        if (inWindow == window.calls()) {
          free = Math.max(free, oldestInWindow + length);
          break;
        }
      }
    }
    return free;
  }
}
