package org.commonground.bot.teams.digest;

import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.digest.CrossPlatformIntro;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.digest.CrossPlatformIntroSender;
import org.commonground.bot.core.digest.People;
import org.commonground.bot.teams.cards.CrossPlatformIntroCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.storage.members.Profile;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells one of two members who both said yes, when no chat can hold them both, who the other is:
 * name, organisation, role and work email, with a link that starts a chat in the other's app, on
 * the reader's own platform. The email is shared only now, because both said yes. Weekly matches
 * and warm introductions both end this way.
 */
public final class CrossPlatformIntroductions {

  private static final Logger log = LoggerFactory.getLogger(CrossPlatformIntroductions.class);

  private final TeamsUsers users;
  private final BotConnector connector;
  private final People slackPeople;
  private final CrossPlatformIntroSender onSlack;

  /**
   * @param slackPeople who a partner on Slack is
   * @param onSlack how a reader on Slack is told
   */
  public CrossPlatformIntroductions(
      TeamsUsers users,
      BotConnector connector,
      People slackPeople,
      CrossPlatformIntroSender onSlack) {
    this.users = users;
    this.connector = connector;
    this.slackPeople = slackPeople;
    this.onSlack = onSlack;
  }

  /**
   * @param saidYesFirst whether the reader said yes first, and so is asked to suggest a time
   */
  public void tell(
      Profile reader,
      Profile partner,
      List<String> shared,
      boolean saidYesFirst,
      Occasion occasion) {
    Optional<TeamsUser> readerOnTeams = onTeams(reader);
    Optional<TeamsUser> partnerOnTeams = onTeams(partner);
    Optional<People.Person> partnerOnSlack =
        partnerOnTeams.isPresent() ? Optional.empty() : slackPeople.find(partner.userId());
    String name =
        partnerOnTeams
            .map(TeamsUser::name)
            .or(() -> partnerOnSlack.map(People.Person::name))
            .orElse("Your match");
    String email =
        partnerOnTeams
            .flatMap(TeamsUser::emailIfKnown)
            .or(() -> partnerOnSlack.map(People.Person::email).filter(e -> !e.isBlank()))
            .orElse("not given");
    CrossPlatformIntroCard.Partner card =
        new CrossPlatformIntroCard.Partner(
            name,
            partner.organisation().name(),
            partner.member().role(),
            email,
            partnerOnTeams.isPresent()
                ? CrossPlatformIntroCard.Platform.TEAMS
                : CrossPlatformIntroCard.Platform.SLACK,
            partner.userId(),
            partnerOnSlack.map(People.Person::teamId).orElse(""));
    if (readerOnTeams.isPresent()) {
      TeamsUser user = readerOnTeams.get();
      Outcome<String> sent =
          connector.send(
              user.serviceUrl(),
              user.conversationId(),
              CrossPlatformIntroCard.message(card, shared, saidYesFirst, occasion));
      if (!(sent instanceof Outcome.Done<String>)) {
        log.warn("The Bot Connector refused to send an introduction: {}", sent);
      }
    } else {
      onSlack.tell(
          reader.userId(),
          new CrossPlatformIntro.Partner(
              name, card.organisation(), card.role(), email, card.chatUrl()),
          shared,
          saidYesFirst,
          occasion);
    }
  }

  /** The member's Teams chat with the app, if they are on Teams and have it installed. */
  public Optional<TeamsUser> onTeams(Profile member) {
    return users.reachable(member.userId());
  }
}
