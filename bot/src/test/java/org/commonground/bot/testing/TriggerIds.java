package org.commonground.bot.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.commonground.bot.testing.blockkit.SlackLimits;

/**
 * Trigger ids as Slack hands them out: each request that may open a modal carries a new one, which
 * can be exchanged for a modal once, within three seconds. Shared by everything in a test run that
 * plays Slack's part (signed requests, Socket Mode, the fake Web API).
 */
public final class TriggerIds {

  private static final AtomicLong LAST = new AtomicLong(0x803a0bc887a14d10L);
  private static final Map<String, Long> ISSUED_AT_NANOS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> EXCHANGED = new ConcurrentHashMap<>();

  private TriggerIds() {}

  /** A new trigger id, valid from now. */
  public static String issue() {
    String id = format(LAST.incrementAndGet());
    ISSUED_AT_NANOS.put(id, System.nanoTime());
    return id;
  }

  /** The id most recently issued. */
  public static String last() {
    return format(LAST.get());
  }

  /**
   * Exchanges {@code id} for a modal at {@code nowNanos}; empty when Slack would allow it, else the
   * error code Slack answers.
   */
  static Optional<String> exchange(String id, long nowNanos) {
    Long issued = id == null ? null : ISSUED_AT_NANOS.get(id);
    if (issued == null) {
      return Optional.of("invalid_trigger_id");
    }
    long validNanos = TimeUnit.SECONDS.toNanos(SlackLimits.TRIGGER_ID_SECONDS.max());
    if (nowNanos - issued > validNanos) {
      return Optional.of("expired_trigger_id");
    }
    if (EXCHANGED.putIfAbsent(id, Boolean.TRUE) != null) {
      return Optional.of("trigger_exchanged");
    }
    return Optional.empty();
  }

  private static String format(long n) {
    return "398738663015.47445629121." + Long.toHexString(n);
  }
}
