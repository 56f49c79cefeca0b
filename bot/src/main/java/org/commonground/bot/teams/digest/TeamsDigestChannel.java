package org.commonground.bot.teams.digest;

import java.time.Instant;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.digest.DigestChannel;
import org.commonground.bot.teams.cards.DigestCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.storage.teams.TeamsUser;

/**
 * One Teams member's digest, sent as a card to their personal chat with the app. It lands where
 * Teams answers: the chat's conversation id and the activity id Teams gave the message.
 */
final class TeamsDigestChannel implements DigestChannel {

  /** Why a digest for someone who removed the app is not sent: Teams would refuse it. */
  static final String APP_REMOVED = "teams_app_removed";

  private final BotConnector connector;
  private final TeamsUser user;
  private final PartnerNames names;

  TeamsDigestChannel(BotConnector connector, TeamsUser user, PartnerNames names) {
    this.connector = connector;
    this.user = user;
    this.names = names;
  }

  @Override
  public String platform() {
    return "Teams";
  }

  @Override
  public Outcome send(Digest digest) {
    if (!user.installed()) {
      return new Outcome.Failed(APP_REMOVED, true);
    }
    return outcome(
        connector.send(
            user.serviceUrl(), user.conversationId(), DigestCard.message(digest, names)));
  }

  // The connector's Outcome is named in full: this class's own Outcome is the digest channel's.
  private Outcome outcome(org.commonground.bot.teams.connector.Outcome<String> sent) {
    if (sent instanceof org.commonground.bot.teams.connector.Outcome.Done<String> done) {
      return new Outcome.Sent(user.conversationId(), done.value());
    }
    if (sent instanceof org.commonground.bot.teams.connector.Outcome.RateLimited<String> limited) {
      return new Outcome.RateLimited(limited.retryAfter());
    }
    var failed = (org.commonground.bot.teams.connector.Outcome.Failed<String>) sent;
    return new Outcome.Failed(failed.code(), failed.permanent());
  }

  /**
   * A bot can't read back a Teams chat's history, so a message from before a crash can't be found.
   */
  @Override
  public Finding find(Digest digest, Instant claimedAt) {
    return new Finding.Unverifiable();
  }
}
