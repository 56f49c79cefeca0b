package org.commonground.bot.teams;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each Teams feature answers: the words it takes as a command, the card buttons (verbs) it
 * handles, the typeahead datasets it fills, and what it does when the app is installed or removed.
 * Features register themselves here, so this knows none of them.
 */
public final class TeamsHandlers {

  /** A message in the personal chat whose first word was the command's. */
  @FunctionalInterface
  public interface Command {
    /**
     * @param arguments what followed the first word, stripped
     */
    void handle(Activity activity, String arguments);
  }

  /** A card button pressed, with the card's inputs and the button's data in {@code data}. */
  @FunctionalInterface
  public interface CardAction {
    InvokeAnswer handle(Activity activity, JsonObject data);
  }

  /** A typeahead asking for choices matching what was typed. */
  @FunctionalInterface
  public interface Search {
    InvokeAnswer.Choices handle(Activity activity, String typed);
  }

  /** The app added to, or removed from, a person's personal chat. */
  @FunctionalInterface
  public interface Installation {
    void handle(Activity activity);
  }

  private final Map<String, Command> commands = new HashMap<>();
  private final Map<String, CardAction> actions = new HashMap<>();
  private final Map<String, Search> searches = new HashMap<>();
  private Installation installed = activity -> {};
  private Installation removed = activity -> {};
  private Installation seen = activity -> {};
  private Command unknown = (activity, text) -> {};

  public void command(String word, Command command) {
    register(commands, word, command);
  }

  public void action(String verb, CardAction action) {
    register(actions, verb, action);
  }

  public void search(String dataset, Search search) {
    register(searches, dataset, search);
  }

  public void installed(Installation handler) {
    installed = handler;
  }

  public void removed(Installation handler) {
    removed = handler;
  }

  /** Runs before each message or button from a person in their personal chat. */
  public void seen(Installation handler) {
    seen = handler;
  }

  /** What any other text gets: short help. */
  public void unknown(Command handler) {
    unknown = handler;
  }

  Optional<Command> command(String word) {
    return Optional.ofNullable(commands.get(word));
  }

  Optional<CardAction> action(String verb) {
    return Optional.ofNullable(actions.get(verb));
  }

  Optional<Search> search(String dataset) {
    return Optional.ofNullable(searches.get(dataset));
  }

  Installation installed() {
    return installed;
  }

  Installation removed() {
    return removed;
  }

  Installation seen() {
    return seen;
  }

  Command unknown() {
    return unknown;
  }

  /** Two features answering the same word would leave one of them silently unreachable. */
  private static <T> void register(Map<String, T> handlers, String key, T handler) {
    if (handlers.putIfAbsent(key, handler) != null) {
      throw new IllegalStateException(key + " is handled twice");
    }
  }
}
