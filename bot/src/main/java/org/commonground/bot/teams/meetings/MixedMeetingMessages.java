package org.commonground.bot.teams.meetings;

import java.util.Optional;
import org.commonground.bot.core.meetings.MeetingMessages;
import org.commonground.bot.teams.cards.DidYouMeetCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.messages.SentMessage;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Did you meet?" in a network on Slack and Teams: a Teams member is asked with a card in their
 * personal chat with the app, remembered where it landed (the chat and the activity id) as a Slack
 * DM is; everyone else is asked on Slack.
 */
public final class MixedMeetingMessages implements MeetingMessages {

  private static final Logger log = LoggerFactory.getLogger(MixedMeetingMessages.class);

  private final MeetingMessages slack;
  private final TeamsUsers users;
  private final BotConnector connector;
  private final SentMessages sent;
  private final PartnerNames names;

  public MixedMeetingMessages(
      MeetingMessages slack, TeamsUsers users, BotConnector connector, SentMessages sent) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
    this.sent = sent;
    this.names = new PartnerNames(users);
  }

  /**
   * A Teams person who has since removed the app is not asked at all: their user id is an Entra
   * object id, which Slack would only refuse.
   */
  @Override
  public void ask(MeetingQuestion question) {
    Optional<TeamsUser> onTeams = users.find(question.userId());
    if (onTeams.isEmpty()) {
      slack.ask(question);
      return;
    }
    TeamsUser user = onTeams.get();
    if (!user.installed()) {
      log.info("Meeting question {} not asked: its member removed the Teams app", question.id());
      return;
    }
    String other = names.inSentence(question.otherUserId());
    Outcome<String> outcome =
        connector.send(
            user.serviceUrl(), user.conversationId(), DidYouMeetCard.message(question, other));
    if (outcome instanceof Outcome.Done<String> done) {
      sent.remember(
          KIND, question.id(), user.userId(), new SentMessage(user.conversationId(), done.value()));
    } else {
      log.warn("The Bot Connector refused meeting question {}: {}", question.id(), outcome);
    }
  }

  /** A Teams member's card is replaced by the answer to their press itself, not by a later call. */
  @Override
  public void thank(String userId, MeetingQuestion question, MeetingAnswer answer) {
    if (users.find(userId).isEmpty()) {
      slack.thank(userId, question, answer);
    }
  }
}
