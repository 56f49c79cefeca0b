package org.commonground.bot.core.consent;

import java.time.Duration;

/** Where a member is asked to agree to the current privacy notice: on their own platform. */
public interface ConsentRequestMessages {

  /** How asking went. */
  sealed interface Outcome {
    /** Sent where its <b>I agree</b> button can update it later. */
    record Sent(String channel, String ts) implements Outcome {}

    /** Told on a platform whose message isn't updated after. */
    record Told() implements Outcome {}

    record RateLimited(Duration retryAfter) implements Outcome {}

    record Failed() implements Outcome {}
  }

  Outcome send(String userId, PrivacyNotice notice);
}
