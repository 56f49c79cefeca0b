package org.commonground.bot.teams.connector;

import java.io.IOException;

/**
 * Where {@link BotConnector} gets the bot's own access token for the Bot Connector service (client
 * credentials for {@code https://api.botframework.com}), cached by whoever implements it.
 */
public interface ConnectorCredentials {

  /** A token to send as {@code Authorization: Bearer ...}; may fetch a new one. */
  String bearer() throws IOException;

  /** Drops the cached token: the connector refused it, so the next {@link #bearer()} is fresh. */
  void forget();
}
