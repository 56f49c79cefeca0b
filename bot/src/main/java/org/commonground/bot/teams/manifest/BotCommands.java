package org.commonground.bot.teams.manifest;

import java.util.List;

/**
 * The words Teams suggests when a member starts typing to the bot in a personal chat: the member
 * commands of {@code introduce help}, which the bot understands without a slash.
 */
final class BotCommands {

  record BotCommand(String title, String description) {}

  static final List<BotCommand> PERSONAL =
      List.of(
          new BotCommand("introduce", "Create or edit your profile"),
          new BotCommand(
              "introduce help", "What Common Ground does, what you can say and the privacy notice"),
          new BotCommand("introduce export", "Get a file of everything held about you"),
          new BotCommand(
              "introduce delete", "Delete your profile; you are asked to confirm first"));

  private BotCommands() {}
}
