package org.commonground.bot.core.tags;

import java.util.Optional;
import java.util.Set;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.curation.CommandText;
import org.commonground.bot.core.curation.TypedArguments;

/** Reads {@code /tags …} as people type it into a {@link TagRequest}, or explains what's wrong. */
final class TagRequestParser {

  static final String USAGE =
      """
      • `/tags` – the tags and how many members hold each
      • `/tags add Loneliness and isolation --theme Communities & places --description …`
      • `/tags describe Homelessness --description …` (or `--theme …`)
      • `/tags rename Old name -> New name`
      • `/tags merge From -> Into` (members of From get Into; From's name still finds Into)
      • `/tags retire Name` and `/tags restore Name`
      • `/tags history` – the latest changes
      Quotes around names work too: `/tags rename "A -> B" -> "A to B"`""";

  private static final Set<String> DETAILS = Set.of("theme", "description");
  private static final Set<String> NONE = Set.of();

  private TagRequestParser() {}

  static TagRequest parse(String text) {
    CommandText command = CommandText.checked(text);
    return switch (command.verb()) {
      case "", "list" -> new TagRequest.ListTags();
      case "help" -> new TagRequest.Help();
      case "history" -> new TagRequest.History();
      case "add" -> add(TypedArguments.parse(command.rest(), DETAILS));
      case "describe" -> describe(TypedArguments.parse(command.rest(), DETAILS));
      case "rename" -> {
        TypedArguments args = twoNames(command, "rename Old name -> New name");
        yield new TagRequest.Rename(args.name(), args.target());
      }
      case "merge" -> {
        TypedArguments args = twoNames(command, "merge From -> Into");
        yield new TagRequest.Merge(args.name(), args.target());
      }
      case "retire" -> new TagRequest.Retire(oneName(command, "retire"));
      case "restore" -> new TagRequest.Restore(oneName(command, "restore"));
      default ->
          throw new CommandException(
              "I don't know `/tags " + command.verb() + "`. Here's what I can do:\n" + USAGE);
    };
  }

  private static TagRequest add(TypedArguments args) {
    if (args.name().isEmpty() || args.hasArrow()) {
      throw new CommandException(
          "Give the new tag a name, e.g. `/tags add Loneliness and isolation`.");
    }
    return new TagRequest.Add(args.name(), args.option("theme"), args.option("description"));
  }

  /** {@code describe Name -> text} is read as a new description, the way people often type it. */
  private static TagRequest describe(TypedArguments args) {
    if (args.name().isEmpty()) {
      throw new CommandException(
          "Say which tag, e.g. `/tags describe Homelessness --description Preventing it`.");
    }
    Optional<String> description =
        args.option("description").or(() -> Optional.of(args.target())).filter(d -> !d.isEmpty());
    if (description.isEmpty() && args.option("theme").isEmpty()) {
      throw new CommandException(
          "Say what to change: `--description …` and/or `--theme …` after the tag's name.");
    }
    return new TagRequest.Describe(args.name(), args.option("theme"), description);
  }

  private static TypedArguments twoNames(CommandText command, String usage) {
    TypedArguments args = TypedArguments.parse(command.rest(), NONE);
    if (args.name().isEmpty()) {
      throw new CommandException("Say which tag: `/tags " + usage + "`.");
    }
    if (args.target().isEmpty()) {
      String preposition = command.verb().equals("merge") ? "into" : "to";
      throw new CommandException(
          "Say what to " + command.verb() + " it " + preposition + ": `/tags " + usage + "`.");
    }
    return args;
  }

  private static String oneName(CommandText command, String verb) {
    TypedArguments args = TypedArguments.parse(command.rest(), NONE);
    if (args.name().isEmpty() || args.hasArrow()) {
      throw new CommandException("Say which tag: `/tags " + verb + " Name`.");
    }
    return args.name();
  }
}
