package org.commonground.bot.core.tags;

import java.util.Set;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.curation.CommandText;
import org.commonground.bot.core.curation.Guarded;
import org.commonground.bot.core.curation.Reply;
import org.commonground.storage.tags.Tag;

/** Carries out a typed {@code /tags} command for an admin: finds the tags named, then acts. */
public final class TagRequestHandler {

  private static final Set<String> OPEN_TO_ALL = Set.of("", "list", "help");

  private final TagCuration curation;

  public TagRequestHandler(TagCuration curation) {
    this.curation = curation;
  }

  /**
   * What the words typed after {@code tags} answer, on whichever platform they were typed: the list
   * and the help for everyone (the list with the admin tools for admins), the rest for admins only.
   *
   * @param actor who typed them, recorded with any change
   */
  public Reply answer(String actor, boolean admin, String text) {
    return Guarded.reply(
        () -> {
          if (!admin && !OPEN_TO_ALL.contains(CommandText.of(text).verb())) {
            return Reply.text(Admins.REFUSAL);
          }
          TagRequest command = TagRequestParser.parse(text);
          if (command instanceof TagRequest.ListTags) {
            return list(admin);
          }
          return command instanceof TagRequest.Help ? help() : run(actor, command);
        });
  }

  Reply list(boolean forAdmin) {
    return Reply.of(TagListView.TEXT, curation.list(forAdmin));
  }

  Reply help() {
    return Reply.text(
        "*What `/tags` can do* (admins only, except the list):\n" + TagRequestParser.USAGE);
  }

  /** Runs an admin command; throws {@code CommandException} with what to fix. */
  Reply run(String actor, TagRequest command) {
    if (command instanceof TagRequest.History) {
      return Reply.of("Latest changes to the tags", curation.history());
    }
    if (command instanceof TagRequest.Add add) {
      return Reply.text(curation.add(actor, add.name(), add.theme(), add.description()));
    }
    return Reply.text(change(actor, command, curation.finder()));
  }

  private String change(String actor, TagRequest command, TagFinder tags) {
    if (command instanceof TagRequest.Describe d) {
      return curation.describe(actor, tags.find(d.name()), d.theme(), d.description());
    }
    if (command instanceof TagRequest.Rename r) {
      return curation.rename(actor, tags.find(r.name()), r.newName());
    }
    if (command instanceof TagRequest.Merge m) {
      Tag from = tags.find(m.from());
      return curation.merge(actor, from, tags.find(m.into()));
    }
    if (command instanceof TagRequest.Retire r) {
      return curation.retire(actor, tags.find(r.name()));
    }
    if (command instanceof TagRequest.Restore r) {
      return curation.restore(actor, tags.find(r.name()));
    }
    throw new IllegalArgumentException("not a change: " + command);
  }
}
