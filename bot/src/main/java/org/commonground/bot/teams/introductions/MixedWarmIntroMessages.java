package org.commonground.bot.teams.introductions;

import java.util.Optional;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.introduce.WarmIntroContent;
import org.commonground.bot.core.introduce.WarmIntroMeeting;
import org.commonground.bot.core.introduce.WarmIntroMessages;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.bot.teams.cards.IntroSuggestionCard;
import org.commonground.bot.teams.cards.MarkupMarkdown;
import org.commonground.bot.teams.cards.TextMessage;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.teams.digest.CrossPlatformIntroductions;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.members.Profile;
import org.commonground.storage.messages.SentMessage;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.commonground.storage.warmintros.WarmIntro;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warm introductions in a network on Slack and Teams: each person asked, redrawn and told on their
 * own platform. Two Slack members meet in a group DM as before (with the suggester, when they are
 * on Slack too). Otherwise no chat can hold them both (a Teams bot can't start a group chat), so
 * each is told who the other is and how to reach them, with the suggester's note.
 */
public final class MixedWarmIntroMessages implements WarmIntroMessages {

  private static final Logger log = LoggerFactory.getLogger(MixedWarmIntroMessages.class);

  private final WarmIntroMessages slack;
  private final TeamsUsers users;
  private final BotConnector connector;
  private final CrossPlatformIntroductions eachTold;
  private final PartnerNames names;

  public MixedWarmIntroMessages(
      WarmIntroMessages slack,
      TeamsUsers users,
      BotConnector connector,
      CrossPlatformIntroductions eachTold) {
    this.slack = slack;
    this.users = users;
    this.connector = connector;
    this.eachTold = eachTold;
    this.names = new PartnerNames(users);
  }

  @Override
  public Optional<SentMessage> ask(WarmIntroContent card) {
    Optional<TeamsUser> recipient = eachTold.onTeams(card.recipient());
    if (recipient.isEmpty()) {
      return slack.ask(card);
    }
    TeamsUser user = recipient.get();
    Outcome<String> sent =
        connector.send(
            user.serviceUrl(), user.conversationId(), IntroSuggestionCard.message(card, names::of));
    if (sent instanceof Outcome.Done<String> done) {
      return Optional.of(new SentMessage(user.conversationId(), done.value()));
    }
    log.warn("The Bot Connector refused to send a warm introduction: {}", sent);
    return Optional.empty();
  }

  @Override
  public void redraw(WarmIntro.DmMessage where, WarmIntroContent card) {
    Optional<TeamsUser> recipient = eachTold.onTeams(card.recipient());
    if (recipient.isEmpty()) {
      slack.redraw(where, card);
      return;
    }
    report(
        "update a warm introduction",
        connector.update(
            recipient.get().serviceUrl(),
            where.channel(),
            where.ts(),
            IntroSuggestionCard.message(card, names::of)));
  }

  @Override
  public void lapsed(String suggesterId, Profile a, Profile b) {
    Optional<TeamsUser> suggester = teamsUser(suggesterId);
    if (suggester.isEmpty()) {
      slack.lapsed(suggesterId, a, b);
      return;
    }
    String text =
        MarkupMarkdown.toMarkdown(
            WarmIntroWords.lapsedNotice(mention(a), mention(b)), names::inSentence);
    report(
        "tell a suggester",
        connector.send(
            suggester.get().serviceUrl(), suggester.get().conversationId(), TextMessage.of(text)));
  }

  @Override
  public Optional<String> placeFor(String suggesterId, Profile first, Profile second) {
    if (eachTold.onTeams(first).isPresent() || eachTold.onTeams(second).isPresent()) {
      return Optional.of(EACH_TOLD);
    }
    return slack.placeFor(onSlack(suggesterId), first, second);
  }

  @Override
  public void introduce(String place, WarmIntroMeeting content) {
    if (!EACH_TOLD.equals(place)) {
      slack.introduce(
          place,
          new WarmIntroMeeting(
              onSlack(content.suggesterId()),
              content.first(),
              content.second(),
              content.shared(),
              content.note()));
      return;
    }
    Occasion occasion = Occasion.suggested(content.note());
    eachTold.tell(content.first(), content.second(), content.shared(), true, occasion);
    eachTold.tell(content.second(), content.first(), content.shared(), false, occasion);
  }

  /** The suggester, if a Slack group DM can hold them: a Teams suggester can't be in one. */
  private String onSlack(String suggesterId) {
    return teamsUser(suggesterId).isPresent() ? null : suggesterId;
  }

  private Optional<TeamsUser> teamsUser(String userId) {
    return userId == null ? Optional.empty() : users.reachable(userId);
  }

  private static String mention(Profile profile) {
    return profile == null ? WarmIntroWords.SINCE_LEFT : MarkupMarkdown.mention(profile.userId());
  }

  private static void report(String what, Outcome<String> outcome) {
    if (!(outcome instanceof Outcome.Done<String>)) {
      log.warn("The Bot Connector refused to {}: {}", what, outcome);
    }
  }
}
