package org.commonground.bot.console.signin;

/** Whether someone signed in on a platform is one of the network's admins, by the chat's rules. */
@FunctionalInterface
public interface ConsoleAdmins {

  /**
   * @param platform {@code SLACK} or {@code TEAMS}
   */
  boolean isAdmin(String platform, String userId);
}
