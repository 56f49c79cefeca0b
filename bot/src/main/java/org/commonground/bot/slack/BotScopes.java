package org.commonground.bot.slack;

import java.util.List;
import java.util.Set;

/**
 * The bot scopes the app needs: those {@code manifest.yml} asks for, in its order (a test keeps the
 * two the same). A token installed before a scope was added to the manifest lacks it until the app
 * is reinstalled.
 */
public final class BotScopes {

  public static final List<String> REQUIRED =
      List.of(
          "commands",
          "chat:write",
          "im:write",
          "mpim:write",
          "im:history",
          "files:write",
          "users:read",
          "users:read.email");

  private BotScopes() {}

  /** The required scopes not among {@code granted}, in the manifest's order. */
  static List<String> missingFrom(Set<String> granted) {
    return REQUIRED.stream().filter(scope -> !granted.contains(scope)).toList();
  }
}
