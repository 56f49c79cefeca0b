package org.commonground.bot.teams.digest;

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

  private final TeamsUsers users;

  public PartnerNames(TeamsUsers users) {
    this.users = users;
  }

  @Override
  public String apply(Profile partner) {
    return ofUserId(partner.slackUserId());
  }

  /** The same for a member known only by their user id, as a Slack mention names them. */
  public String ofUserId(String userId) {
    return users
        .find(userId)
        .map(TeamsUser::name)
        .filter(name -> name != null && !name.isBlank())
        .orElse(ON_SLACK);
  }
}
