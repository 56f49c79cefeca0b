package org.commonground.bot.core.orgs;

import java.util.Set;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.curation.CommandText;
import org.commonground.bot.core.curation.TypedArguments;

/** Reads {@code /orgs …} as people type it into an {@link OrgRequest}, or explains what's wrong. */
final class OrgRequestParser {

  static final String USAGE =
      """
      • `/orgs` – the organisations, unreviewed ones first, with their sector and members
      • `/orgs rename Liverpool CC -> Liverpool City Council`
      • `/orgs merge Liverpool CC -> Liverpool City Council` (its members move to the second)
      • `/orgs sector Open Door -> Voluntary & community`
      • `/orgs tenant Wirral Council -> <Directory (tenant) ID>` (Teams newcomers from that \
      Microsoft 365 tenant start their profile with it picked, unless it serves other \
      organisations too); `/orgs untenant` with the same words undoes it
      Quotes around names work too.""";

  private OrgRequestParser() {}

  static OrgRequest parse(String text) {
    CommandText command = CommandText.checked(text);
    return switch (command.verb()) {
      case "", "list" -> new OrgRequest.ListOrgs();
      case "help" -> new OrgRequest.Help();
      case "rename" -> {
        TypedArguments args = twoNames(command, "rename Old name -> New name");
        yield new OrgRequest.Rename(args.name(), args.target());
      }
      case "merge" -> {
        TypedArguments args = twoNames(command, "merge From -> Into");
        yield new OrgRequest.Merge(args.name(), args.target());
      }
      case "sector" -> {
        TypedArguments args = twoNames(command, "sector Organisation -> Sector");
        yield new OrgRequest.SetSector(args.name(), args.target());
      }
      case "tenant" -> {
        TypedArguments args = twoNames(command, "tenant Organisation -> tenant id");
        yield new OrgRequest.LinkTenant(args.name(), args.target());
      }
      case "untenant" -> {
        TypedArguments args = twoNames(command, "untenant Organisation -> tenant id");
        yield new OrgRequest.UnlinkTenant(args.name(), args.target());
      }
      default ->
          throw new CommandException(
              "I don't know `/orgs " + command.verb() + "`. Here's what I can do:\n" + USAGE);
    };
  }

  private static TypedArguments twoNames(CommandText command, String usage) {
    TypedArguments args = TypedArguments.parse(command.rest(), Set.of());
    if (args.name().isEmpty()) {
      throw new CommandException("Say which organisation: `/orgs " + usage + "`.");
    }
    if (args.target().isEmpty()) {
      throw new CommandException("Say what comes after `->`: `/orgs " + usage + "`.");
    }
    return args;
  }
}
