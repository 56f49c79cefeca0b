package org.commonground.bot;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.storage.Stores;
import org.commonground.storage.messages.SentMessages;

/**
 * Part of the composition root: the ways the app posts, built once and shared, and the {@link
 * PlatformPorts} that reach Teams members on Teams when Teams is on.
 */
record Messaging(
    MethodsClient client,
    Poster poster,
    DirectMessages direct,
    OwnMessages own,
    SentMessages sent,
    OffSlackNotices offSlack,
    PlatformPorts ports) {

  static Messaging of(MethodsClient client, Optional<BotConnector> teams, Stores stores) {
    Poster poster = new Poster(client);
    SentMessages sent = stores.sentMessages();
    PlatformPorts ports = new PlatformPorts(client, teams, stores.teamsUsers());
    return new Messaging(
        client,
        poster,
        new DirectMessages(client),
        new OwnMessages(sent, poster),
        sent,
        ports.offSlackNotices(),
        ports);
  }
}
