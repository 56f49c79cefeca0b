package org.commonground.bot.teams.meetings;

import java.util.Optional;
import org.commonground.bot.core.meetings.OutcomeMessages;
import org.commonground.bot.teams.cards.OutcomeCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "What came of it?" in a network on Slack and Teams: a Teams member is asked with a card in their
 * personal chat with the app, everyone else on Slack. The card's own submission names the card to
 * redraw, so where it landed is not remembered.
 */
public final class MixedOutcomeMessages implements OutcomeMessages {

  private static final Logger log = LoggerFactory.getLogger(MixedOutcomeMessages.class);

  private final OutcomeMessages slack;
  private final TeamsUsers users;
  private final BotConnector connector;
  private final PartnerNames names;

  public MixedOutcomeMessages(OutcomeMessages slack, TeamsUsers users, BotConnector connector) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
    this.names = new PartnerNames(users);
  }

  @Override
  public void ask(MeetingQuestion question) {
    Optional<TeamsUser> onTeams = users.find(question.userId());
    if (onTeams.isEmpty()) {
      slack.ask(question);
      return;
    }
    TeamsUser user = onTeams.get();
    if (!user.installed()) {
      log.info("Outcome of question {} not asked: its member removed the Teams app", question.id());
      return;
    }
    String other = names.inSentence(question.otherUserId());
    Outcome<String> sent =
        connector.send(
            user.serviceUrl(), user.conversationId(), OutcomeCard.message(question, other));
    if (!(sent instanceof Outcome.Done<String>)) {
      log.warn("The Bot Connector refused the outcome question of {}: {}", question.id(), sent);
    }
  }

  /** A Teams member's card is redrawn by the answer to their submission itself. */
  @Override
  public void thank(String userId, MeetingQuestion question, OutcomeAnswer answer) {
    if (users.find(userId).isEmpty()) {
      slack.thank(userId, question, answer);
    }
  }
}
