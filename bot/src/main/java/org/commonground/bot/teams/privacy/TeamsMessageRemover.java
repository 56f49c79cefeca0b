package org.commonground.bot.teams.privacy;

import org.commonground.bot.core.delivery.Removal;
import org.commonground.bot.core.privacy.OtherPlatformMessages;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;

/**
 * Deletes a message the app sent in Teams, such as a part of a member's export, through the Bot
 * Connector. A {@code 429} is left to the remover's own later try, minutes away, rather than waited
 * out here: the remover works through many copies in one go.
 */
public final class TeamsMessageRemover implements OtherPlatformMessages {

  private final BotConnector connector;

  public TeamsMessageRemover(BotConnector connector) {
    this.connector = connector;
  }

  @Override
  public Removal delete(String serviceUrl, String conversationId, String activityId) {
    return removal(connector.delete(serviceUrl, conversationId, activityId));
  }

  /**
   * What a call changing a message the app sent means for its removal: Teams' {@code 404} says the
   * message, or the whole chat, is gone already.
   */
  static Removal removal(Outcome<?> outcome) {
    if (outcome instanceof Outcome.Done<?>) {
      return new Removal(Removal.Outcome.REMOVED, null);
    }
    if (outcome instanceof Outcome.Failed<?> failed && failed.status() == 404) {
      return new Removal(Removal.Outcome.ALREADY_GONE, failed.code());
    }
    if (outcome instanceof Outcome.Failed<?> failed && failed.permanent()) {
      return new Removal(Removal.Outcome.REFUSED, failed.code());
    }
    return new Removal(Removal.Outcome.TRY_AGAIN, String.valueOf(outcome));
  }
}
