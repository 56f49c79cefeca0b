package org.commonground.bot.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Slash commands that only answer the person who typed them and change nothing, such as {@code
 * /tags} listing the tags. A replayed copy of one can cause no second state change, so the {@link
 * ReplayGuard} lets it through without recording it: the person gets their answer again, and the
 * command costs no database write.
 */
public final class ReadOnlyCommands {

  private final Map<String, Predicate<String>> byCommand;

  /**
   * @param byCommand for each command, which typed texts change nothing
   */
  public ReadOnlyCommands(Map<String, Predicate<String>> byCommand) {
    this.byCommand = Map.copyOf(byCommand);
  }

  boolean includes(Request<?> request) {
    if (!(request instanceof SlashCommandRequest command)) {
      return false;
    }
    Predicate<String> changesNothing = byCommand.get(command.getPayload().getCommand());
    String text = command.getPayload().getText();
    return changesNothing != null && changesNothing.test(text == null ? "" : text);
  }
}
