package org.commonground.bot.bench;

import java.time.Clock;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.storage.Database;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;

/** Members on Teams: the app installed for each in the fake Bot Connector, and remembered. */
final class TeamsMembers {

  static final String TENANT = "7f0c5a8e-0000-4000-8000-000000000001";

  private TeamsMembers() {}

  /** The {@code i}th member's Entra object id, their user id in the app. */
  static String entraId(int i) {
    return String.format("00000000-0000-4000-8000-%012d", i);
  }

  /** Installs the app for the first {@code members}, each with a personal chat of their own. */
  static void install(Database database, FakeBotConnector teams, int members, Clock clock) {
    TeamsUsers users = new TeamsUsers(database.jdbi(), clock);
    for (int i = 0; i < members; i++) {
      String botUserId = "29:1member" + i;
      String name = "Member " + i;
      String chat = teams.install(botUserId, entraId(i), name, null, TENANT);
      users.remember(
          new TeamsUser(entraId(i), botUserId, TENANT, teams.serviceUrl(), chat, name, null, true));
    }
  }
}
