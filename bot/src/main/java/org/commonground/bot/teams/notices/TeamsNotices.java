package org.commonground.bot.teams.notices;

import java.util.Optional;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.teams.cards.CardMarkdown;
import org.commonground.bot.teams.cards.TextMessage;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells Teams members the app's notices as a message in their personal chat with the app, in Teams'
 * Markdown. A Teams person who removed the app is told nothing, on either platform.
 */
public final class TeamsNotices implements OffSlackNotices {

  private static final Logger log = LoggerFactory.getLogger(TeamsNotices.class);

  private final TeamsUsers users;
  private final BotConnector connector;

  public TeamsNotices(TeamsUsers users, BotConnector connector) {
    this.users = users;
    this.connector = connector;
  }

  @Override
  public boolean told(String userId, String mrkdwn) {
    Optional<TeamsUser> onTeams = users.find(userId);
    if (onTeams.isEmpty()) {
      return false;
    }
    TeamsUser user = onTeams.get();
    if (!user.installed()) {
      log.info("A notice was not sent: its Teams member removed the app");
      return true;
    }
    Outcome<String> outcome =
        connector.send(
            user.serviceUrl(),
            user.conversationId(),
            TextMessage.of(CardMarkdown.fromMarkup(mrkdwn)));
    if (!(outcome instanceof Outcome.Done<String>)) {
      log.warn("The Bot Connector refused a notice: {}", outcome);
    }
    return true;
  }
}
