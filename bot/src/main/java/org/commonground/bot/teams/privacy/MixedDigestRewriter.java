package org.commonground.bot.teams.privacy;

import java.util.Optional;
import org.commonground.bot.core.delivery.Removal;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.privacy.DigestRewriter;
import org.commonground.bot.teams.cards.DigestCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;

/**
 * Draws a digest again where it was delivered: a Teams member's card through the Bot Connector,
 * anyone else's Slack DM as before.
 */
public final class MixedDigestRewriter implements DigestRewriter {

  private final DigestRewriter slack;
  private final TeamsUsers users;
  private final BotConnector connector;
  private final DigestRedraw digests;

  public MixedDigestRewriter(
      DigestRewriter slack, TeamsUsers users, BotConnector connector, DigestRedraw digests) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
    this.digests = digests;
  }

  @Override
  public Removal rewrite(long roundMemberId, String location, String messageId) {
    Optional<DigestRedraw.Answered> answered = digests.answered(roundMemberId);
    if (answered.isEmpty()) {
      return new Removal(Removal.Outcome.ALREADY_GONE, null);
    }
    Optional<TeamsUser> recipient = users.find(answered.get().digest().recipient().userId());
    if (recipient.isEmpty()) {
      return slack.rewrite(roundMemberId, location, messageId);
    }
    Outcome<String> updated =
        connector.update(
            recipient.get().serviceUrl(),
            location,
            messageId,
            DigestCard.redrawn(answered.get(), new PartnerNames(users)));
    return TeamsMessageRemover.removal(updated);
  }
}
