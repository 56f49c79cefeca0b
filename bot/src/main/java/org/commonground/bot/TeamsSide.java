package org.commonground.bot;

import java.util.Optional;
import org.commonground.bot.config.Settings;
import org.commonground.bot.console.ConsoleServlet;
import org.commonground.bot.teams.TeamsAdapter;
import org.commonground.bot.teams.auth.ConnectorTokens;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.ConnectorPace;

/**
 * Part of the composition root: the Teams side of the app, when Teams is on. Its connector comes
 * first, for the core to reach Teams members; its adapter last, over the core's services.
 */
record TeamsSide(Optional<ConnectorTokens> tokens, Optional<BotConnector> connector) {

  static TeamsSide connect(Basics basics) {
    Optional<ConnectorTokens> tokens =
        basics.settings().teams().map(teams -> TeamsAdapter.tokens(teams, basics.clock()));
    ConnectorPace pace = new ConnectorPace(basics.paces().teams());
    return new TeamsSide(
        tokens, tokens.map(credentials -> TeamsAdapter.connector(credentials, pace)));
  }

  Optional<TeamsAdapter> adapter(Basics basics, CoreServices core) {
    Settings settings = basics.settings();
    return settings
        .teams()
        .map(teams -> TeamsAdapter.create(teams, connector.orElseThrow(), services(basics, core)));
  }

  private static TeamsAdapter.Services services(Basics basics, CoreServices core) {
    return new TeamsAdapter.Services(
        core.profiles(),
        core.suggestions(),
        core.privacy(),
        core.matchResponses(),
        core.warmIntros(),
        core.meetings(),
        core.outcomes(),
        core.memberSettings(),
        core.notice(),
        core.noticeAgreements(),
        core.networkSettings().texts()::welcome,
        core.tagCommands(),
        core.orgs(),
        core.digests(),
        basics.stores().teamsUsers(),
        basics.stores().organisationTenants(),
        // Slack can't say whether a Teams user is an admin: only the lists can, the
        // environment's and the console's.
        core.networkSettings().admins()::isListed,
        basics.settings().console().map(console -> console.baseUrl() + ConsoleServlet.ROOT),
        basics.background(),
        basics.stop(),
        basics.clock());
  }
}
