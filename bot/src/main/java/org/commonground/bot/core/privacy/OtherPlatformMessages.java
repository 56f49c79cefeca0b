package org.commonground.bot.core.privacy;

import org.commonground.bot.core.delivery.Removal;

/**
 * Takes back a message the app sent a member on a platform other than Slack, such as their export
 * sent in Teams, for the remover of the app's copies.
 */
@FunctionalInterface
public interface OtherPlatformMessages {

  /**
   * With no other platform on, no such message is within reach: its removal is retried, as for a
   * platform that is down, until the remover gives up on it.
   */
  OtherPlatformMessages NONE =
      (endpoint, location, messageId) -> new Removal(Removal.Outcome.TRY_AGAIN, "platform_off");

  /**
   * @param endpoint where the platform takes the request: for Teams, the Bot Connector's service
   *     URL
   * @param location the chat the message is in
   * @param messageId its id in that chat
   */
  Removal delete(String endpoint, String location, String messageId);
}
