package org.commonground.bot.core.consent;

import java.time.Duration;

/** Where a member is asked to agree to the current privacy notice: on their own platform. */
public interface ConsentRequestMessages {

  /** How asking went. */
  sealed interface Outcome {
    /**
     * Sent where its <b>I agree</b> button can update it later: a Slack DM's channel and ts, or a
     * Teams chat's conversation id and the activity id of the card.
     */
    record Sent(String channel, String ts) implements Outcome {}

    record RateLimited(Duration retryAfter) implements Outcome {}

    record Failed() implements Outcome {}
  }

  Outcome send(String userId, PrivacyNotice notice);
}
