package org.commonground.bot.teams.digest;

import org.commonground.bot.core.digest.DigestChannel;
import org.commonground.bot.core.digest.DigestChannels;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.storage.members.Profile;
import org.commonground.storage.teams.TeamsUsers;

/**
 * Members on Teams (those the app was installed for there) get their digest in their personal chat
 * with the app; everyone else gets it on the platform {@code others} picks.
 */
public final class TeamsDigestChannels implements DigestChannels {

  private final TeamsUsers users;
  private final BotConnector connector;
  private final DigestChannels others;
  private final PartnerNames names;

  public TeamsDigestChannels(TeamsUsers users, BotConnector connector, DigestChannels others) {
    this.users = users;
    this.connector = connector;
    this.others = others;
    this.names = new PartnerNames(users);
  }

  /**
   * A Teams person who has since removed the app stays on Teams: their user id is an Entra object
   * id, which Slack would only refuse, so their digest fails there with the reason.
   */
  @Override
  public DigestChannel forRecipient(Profile recipient) {
    return users
        .find(recipient.userId())
        .<DigestChannel>map(user -> new TeamsDigestChannel(connector, user, names))
        .orElseGet(() -> others.forRecipient(recipient));
  }
}
