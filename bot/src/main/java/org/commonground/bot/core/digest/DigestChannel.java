package org.commonground.bot.core.digest;

import java.time.Duration;
import java.time.Instant;

/**
 * One chat platform's way of delivering a digest: posting it to the member and, when a sender died
 * between claiming a delivery and recording it, telling whether its message arrived.
 */
public interface DigestChannel {

  /** How a post went. */
  sealed interface Outcome {
    /** Where it landed: the conversation, and the platform's id for the message in it. */
    record Sent(String channel, String ts) implements Outcome {}

    record RateLimited(Duration retryAfter) implements Outcome {}

    record Failed(String error, boolean permanent) implements Outcome {}
  }

  /** What looking for a crashed sender's message showed. */
  sealed interface Finding {
    record Posted(String channel, String ts) implements Finding {}

    record NotPosted() implements Finding {}

    /** The platform could not be asked; sending now might send twice, so try again later. */
    record Unknown(String error) implements Finding {}

    /** The platform keeps nothing to look in: whether it arrived can never be known. */
    record Unverifiable() implements Finding {}
  }

  /** The platform's name, for logs. */
  String platform();

  Outcome send(Digest digest);

  /** Looks for {@code digest} as posted by a sender that claimed it at {@code claimedAt}. */
  Finding find(Digest digest, Instant claimedAt);
}
