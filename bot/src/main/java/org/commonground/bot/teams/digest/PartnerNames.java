package org.commonground.bot.teams.digest;

import java.util.Optional;
import java.util.function.Function;
import org.commonground.storage.members.Profile;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;

/**
 * How a Teams digest names each partner: a partner on Teams by the name Teams gave us, a partner on
 * Slack by where they are, since their name is only in Slack and a Slack mention means nothing in a
 * Teams card. Their role and organisation follow the name in the card.
 */
public final class PartnerNames implements Function<Profile, String> {

  static final String ON_SLACK = "A member on Slack";
  private static final String IN_SENTENCE = "a member on Slack";

  private final TeamsUsers users;

  public PartnerNames(TeamsUsers users) {
    this.users = users;
  }

  @Override
  public String apply(Profile partner) {
    return of(partner.userId());
  }

  /** The member with this user id, named the same way. */
  public String of(String userId) {
    return teamsName(userId).orElse(ON_SLACK);
  }

  /** The same, for the middle of a sentence: "we introduced you to a member on Slack". */
  public String inSentence(String userId) {
    return teamsName(userId).orElse(IN_SENTENCE);
  }

  private Optional<String> teamsName(String userId) {
    return users.find(userId).map(TeamsUser::name).filter(name -> name != null && !name.isBlank());
  }
}
