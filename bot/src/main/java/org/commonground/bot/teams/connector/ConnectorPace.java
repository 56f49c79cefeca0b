package org.commonground.bot.teams.connector;

import java.util.Optional;
import org.commonground.bot.core.delivery.PlatformPace;

/**
 * The pace of the bot's calls to the Bot Connector: within each conversation, Teams' documented
 * windows ({@link ConversationWindows}); across all of them, Teams' one {@link PlatformPace}, which
 * learns the limit per app (documented as 50 requests a second per tenant, but "subject to change")
 * from the {@code 429}s Teams answers.
 */
public final class ConnectorPace {

  private final PlatformPace acrossConversations;
  private final ConversationWindows perConversation =
      new ConversationWindows(ConversationWindows.PER_BOT_PER_CONVERSATION);

  public ConnectorPace(PlatformPace acrossConversations) {
    this.acrossConversations = acrossConversations;
  }

  /**
   * Waits for a turn to call in {@code conversationId} (null for a call in none, such as opening a
   * chat): answers it when the call may be made, or empty as soon as the app begins to stop. The
   * conversation's turn is taken once the turn across conversations has come, so that its windows
   * count the calls when they are made.
   */
  Optional<PlatformPace.Turn> awaitTurn(String conversationId) throws InterruptedException {
    if (conversationId == null) {
      return acrossConversations.awaitTurn();
    }
    return acrossConversations.awaitTurn(now -> perConversation.reserve(conversationId, now));
  }
}
