package org.commonground.bot.teams.notices;

import java.util.Optional;
import org.commonground.bot.core.programme.BreakNotices;
import org.commonground.bot.teams.cards.CardMarkdown;
import org.commonground.bot.teams.cards.TextMessage;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "No introductions this week" in a network on Slack and Teams: a Teams member reads it in their
 * personal chat with the app, everyone else on Slack. A Teams person who removed the app is not
 * told at all: their user id is an Entra object id, which Slack would only refuse.
 */
public final class MixedBreakNotices implements BreakNotices {

  private static final Logger log = LoggerFactory.getLogger(MixedBreakNotices.class);

  private final BreakNotices slack;
  private final TeamsUsers users;
  private final BotConnector connector;

  public MixedBreakNotices(BreakNotices slack, TeamsUsers users, BotConnector connector) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
  }

  @Override
  public Outcome tell(String userId, String markup) {
    Optional<TeamsUser> onTeams = users.find(userId);
    if (onTeams.isEmpty()) {
      return slack.tell(userId, markup);
    }
    TeamsUser user = onTeams.get();
    if (!user.installed()) {
      log.info("A no-round notice was not sent: its Teams member removed the app");
      return new Outcome.Failed();
    }
    org.commonground.bot.teams.connector.Outcome<String> sent =
        connector.send(
            user.serviceUrl(),
            user.conversationId(),
            TextMessage.of(CardMarkdown.fromMarkup(markup)));
    if (sent instanceof org.commonground.bot.teams.connector.Outcome.Done<String>) {
      return new Outcome.Sent();
    }
    if (sent instanceof org.commonground.bot.teams.connector.Outcome.RateLimited<String> limited) {
      return new Outcome.RateLimited(limited.retryAfter());
    }
    log.warn("The Bot Connector refused a no-round notice: {}", sent);
    return new Outcome.Failed();
  }
}
