package org.commonground.bot.core.delivery;

import java.time.Clock;
import java.util.OptionalInt;
import org.commonground.bot.schedule.Sleeper;

/**
 * The one pace of each chat platform, shared by everything the app posts there.
 *
 * @param slack every {@code chat.postMessage}
 * @param teams every call to the Bot Connector, across conversations
 */
public record DeliveryPaces(PlatformPace slack, PlatformPace teams) {

  /**
   * Slack's start: the fixed pace the app used to keep, well under what Slack takes from an app
   * posting to many people (Slack documents about one message a second per conversation, with
   * bursts, and no fixed figure across them).
   */
  static final double SLACK_START = 120;

  /**
   * Teams' start: a fifth of the 50 requests a second Teams documents per app per tenant, as those
   * figures are "subject to change".
   */
  static final double TEAMS_START = 600;

  /**
   * Slack's burst from an idle app: a few messages at once, as Slack allows "short bursts" over its
   * message a second per conversation.
   */
  static final int SLACK_BURST = 5;

  /**
   * Teams' burst from an idle app: the 7 calls in a second Teams allows in one conversation, far
   * under its 50 a second across them.
   */
  static final int TEAMS_BURST = 7;

  /** Both paces, each held under {@code ceiling} messages a minute when there is one. */
  public static DeliveryPaces of(Clock clock, Sleeper sleeper, OptionalInt ceiling) {
    return new DeliveryPaces(
        new PlatformPace("slack", clock, sleeper, SLACK_START, SLACK_BURST, ceiling),
        new PlatformPace("teams", clock, sleeper, TEAMS_START, TEAMS_BURST, ceiling));
  }
}
