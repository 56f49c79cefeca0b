package org.commonground.bot.teams.digest;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.MatchMessages;
import org.commonground.bot.teams.cards.DigestCard;
import org.commonground.bot.teams.cards.TextMessage;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.storage.members.Profile;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to matches in a network on Slack and Teams. Two Slack members meet in a group DM as
 * before. Otherwise no chat can hold them both (a Teams bot can't start a group chat, and a Slack
 * and a Teams member share none), so each is told of the other ({@link
 * CrossPlatformIntroductions}).
 */
public final class MixedMatchMessages implements MatchMessages {

  /** What a pair introduced this way records as where it was introduced. */
  public static final String EACH_TOLD = "each-told";

  static final String NUDGE =
      "👋 Someone from this week's introductions would like to meet you. If you'd like that too,"
          + " press **Intro me** on their card in your digest and we'll introduce you both. No"
          + " pressure: **Not for me** stays private.";

  private static final Logger log = LoggerFactory.getLogger(MixedMatchMessages.class);

  private final MatchMessages slack;
  private final TeamsUsers users;
  private final BotConnector connector;
  private final CrossPlatformIntroductions eachTold;
  private final DigestRedraw redraw;

  public MixedMatchMessages(
      MatchMessages slack,
      TeamsUsers users,
      BotConnector connector,
      CrossPlatformIntroductions eachTold,
      DigestRedraw redraw) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
    this.eachTold = eachTold;
    this.redraw = redraw;
  }

  @Override
  public Optional<String> placeFor(Profile first, Profile second) {
    if (teams(first).isEmpty() && teams(second).isEmpty()) {
      return slack.placeFor(first, second);
    }
    return Optional.of(EACH_TOLD);
  }

  @Override
  public void introduce(String place, Profile first, Profile second, List<String> shared) {
    if (!EACH_TOLD.equals(place)) {
      slack.introduce(place, first, second, shared);
      return;
    }
    eachTold.tell(first, second, shared, true, Occasion.WEEKLY);
    eachTold.tell(second, first, shared, false, Occasion.WEEKLY);
  }

  @Override
  public void nudge(Profile from, Profile partner) {
    Optional<TeamsUser> partnerOnTeams = teams(partner);
    if (partnerOnTeams.isEmpty()) {
      slack.nudge(from, partner);
      return;
    }
    send(partnerOnTeams.get(), TextMessage.of(NUDGE));
  }

  @Override
  public void redraw(RoundMember delivery) {
    Optional<DigestRedraw.Answered> answered = redraw.answered(delivery.id());
    if (answered.isEmpty()) {
      return;
    }
    Optional<TeamsUser> recipient = teams(answered.get().digest().recipient());
    if (recipient.isEmpty()) {
      slack.redraw(delivery);
      return;
    }
    JsonObject card = DigestCard.redrawn(answered.get(), new PartnerNames(users));
    report(
        "update a digest",
        connector.update(
            recipient.get().serviceUrl(), delivery.dmChannel(), delivery.messageTs(), card));
  }

  private void send(TeamsUser user, JsonObject message) {
    report("send", connector.send(user.serviceUrl(), user.conversationId(), message));
  }

  private static void report(String what, Outcome<String> outcome) {
    if (!(outcome instanceof Outcome.Done<String>)) {
      log.warn("The Bot Connector refused to {}: {}", what, outcome);
    }
  }

  private Optional<TeamsUser> teams(Profile member) {
    return eachTold.onTeams(member);
  }
}
