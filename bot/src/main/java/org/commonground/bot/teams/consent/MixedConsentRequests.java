package org.commonground.bot.teams.consent;

import java.util.Optional;
import org.commonground.bot.core.consent.ConsentRequestMessages;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.teams.cards.ConsentRequestCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request to agree to a new privacy notice in a network on Slack and Teams: a Teams member gets
 * a card with <b>I agree</b> in their personal chat with the app, remembered where it landed (the
 * chat and the activity id) as a Slack DM is; everyone else is asked on Slack.
 */
public final class MixedConsentRequests implements ConsentRequestMessages {

  private static final Logger log = LoggerFactory.getLogger(MixedConsentRequests.class);

  private final ConsentRequestMessages slack;
  private final TeamsUsers users;
  private final BotConnector connector;

  public MixedConsentRequests(
      ConsentRequestMessages slack, TeamsUsers users, BotConnector connector) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
  }

  /**
   * A Teams person who has since removed the app is not asked at all: their user id is an Entra
   * object id, which Slack would only refuse.
   */
  @Override
  public Outcome send(String userId, PrivacyNotice notice) {
    Optional<TeamsUser> onTeams = users.find(userId);
    if (onTeams.isEmpty()) {
      return slack.send(userId, notice);
    }
    TeamsUser user = onTeams.get();
    if (!user.installed()) {
      log.info("A privacy notice request was not sent: its Teams member removed the app");
      return new Outcome.Failed();
    }
    var sent =
        connector.send(
            user.serviceUrl(), user.conversationId(), ConsentRequestCard.message(notice));
    if (sent instanceof org.commonground.bot.teams.connector.Outcome.Done<String> done) {
      return new Outcome.Sent(user.conversationId(), done.value());
    }
    if (sent instanceof org.commonground.bot.teams.connector.Outcome.RateLimited<String> limited) {
      return new Outcome.RateLimited(limited.retryAfter());
    }
    log.warn("The Bot Connector refused a privacy notice request: {}", sent);
    return new Outcome.Failed();
  }
}
