package org.commonground.bot.core.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.views.HeadCounts;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.NameKey;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagEdit;
import org.commonground.storage.tags.TagStatus;

/**
 * The admins' tag operations, shared by the typed commands and the forms. Each checks its input,
 * makes one audited change and says what happened; bad input throws {@link CommandException}.
 * Changes show in the next {@code /introduce} form and the next round, which read the tags afresh.
 */
public final class TagCuration {

  private static final int HISTORY_LENGTH = 15;

  private final TagCatalogue catalogue;

  public TagCuration(TagCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<ReplyPart> list(boolean forAdmin) {
    TagCatalogue.Listing listing = catalogue.listing();
    int pending = forAdmin ? listing.pendingSuggestions() : 0;
    return TagListView.blocks(listing.tags(), listing.holders(), pending, forAdmin);
  }

  List<ReplyPart> history() {
    return TagHistoryView.blocks(catalogue.history(HISTORY_LENGTH));
  }

  TagFinder finder() {
    return new TagFinder(catalogue);
  }

  public List<Tag> current() {
    return catalogue.current();
  }

  /** How many members hold each tag in any way, by tag id. */
  public Map<Integer, Integer> holders() {
    return catalogue.holderCounts();
  }

  /** Themes in use, the way they are spelled, in the order the pickers show them. */
  public List<String> themes() {
    return catalogue.current().stream().map(Tag::theme).distinct().toList();
  }

  public Tag byId(String id) {
    return current().stream()
        .filter(tag -> Integer.toString(tag.id()).equals(id))
        .findFirst()
        .orElseThrow(() -> new CommandException("That tag is no longer in the list."));
  }

  /** An existing theme written another way is spelled as it already is. */
  public String theme(String typed) {
    String theme = TagRules.theme(typed);
    return themes().stream()
        .filter(known -> NameKey.of(known).equals(NameKey.of(theme)))
        .findFirst()
        .orElse(theme);
  }

  public String add(
      String actor, String name, Optional<String> theme, Optional<String> description) {
    String checkedName = TagRules.name(name);
    String checkedTheme = theme(theme.orElse("Other"));
    String checkedDescription = TagRules.description(description.orElse(""));
    Tag added =
        unlessTaken(
            name, () -> catalogue.add(actor, checkedName, checkedTheme, checkedDescription));
    String hint =
        description.isPresent()
            ? ""
            : " Add a line on what it covers with `/tags describe "
                + Markup.escape(added.name())
                + " --description …`.";
    return done("Added " + bold(added) + " under _" + Markup.escape(added.theme()) + "_." + hint);
  }

  String describe(String actor, Tag tag, Optional<String> theme, Optional<String> description) {
    String newTheme = theme.map(this::theme).orElse(tag.theme());
    String newDescription = description.map(TagRules::description).orElse(tag.description());
    return updated(catalogue.describe(actor, tag.id(), newTheme, newDescription));
  }

  private static String updated(Tag after) {
    return done(
        "Updated "
            + bold(after)
            + ": theme _"
            + Markup.escape(after.theme())
            + "_, “"
            + Markup.escape(after.description())
            + "”.");
  }

  String rename(String actor, Tag tag, String newName) {
    String checked = TagRules.name(newName);
    return renamed(tag, unlessTaken(newName, () -> catalogue.rename(actor, tag.id(), checked)));
  }

  private static String renamed(Tag before, Tag after) {
    return done(
        "Renamed " + bold(before) + " to " + bold(after) + ". The old name still finds it.");
  }

  /**
   * The edit form's checked changes, made together: all of them, or none when the new name is
   * taken. Says what changed, one line per change.
   */
  public String edit(String actor, Tag tag, TagEdit edit) {
    Tag after = unlessTaken(edit.name().orElse(""), () -> catalogue.edit(actor, tag.id(), edit));
    List<String> lines = new ArrayList<>();
    edit.name().ifPresent(name -> lines.add(renamed(tag, after)));
    if (edit.theme().isPresent() || edit.description().isPresent()) {
      lines.add(updated(after));
    }
    edit.status()
        .ifPresent(
            status ->
                lines.add(
                    status == TagStatus.RETIRED ? retired(tag, after) : restored(tag, after)));
    return String.join("\n", lines);
  }

  public String merge(String actor, Tag from, Tag into) {
    if (from.id() == into.id()) {
      throw new CommandException(bold(from) + " and " + bold(into) + " are already one tag.");
    }
    if (!into.isActive()) {
      throw new CommandException(
          bold(into) + " is retired: restore it first, or merge the other way.");
    }
    TagCatalogue.Merged merged = catalogue.merge(actor, from.id(), into.id());
    return done(
        "Merged "
            + bold(from)
            + " into "
            + bold(into)
            + ": "
            + HeadCounts.FOR_ADMINS.members(merged.holders())
            + " now hold "
            + bold(into)
            + " instead, once each. "
            + bold(from)
            + " still finds "
            + bold(into)
            + ".");
  }

  String retire(String actor, Tag tag) {
    Tag after = tag.isActive() ? catalogue.setStatus(actor, tag.id(), TagStatus.RETIRED) : tag;
    return retired(tag, after);
  }

  private String retired(Tag before, Tag after) {
    if (!before.isActive()) {
      return bold(after)
          + " is already retired. `/tags restore "
          + Markup.escape(after.name())
          + "` brings it back.";
    }
    int holders = catalogue.holderCounts().getOrDefault(after.id(), 0);
    return done(
        "Retired "
            + bold(after)
            + ": it's gone from the pickers and from new matches. The "
            + HeadCounts.FOR_ADMINS.members(holders)
            + " who hold it keep it until they edit their profile.");
  }

  String restore(String actor, Tag tag) {
    Tag after = tag.isActive() ? tag : catalogue.setStatus(actor, tag.id(), TagStatus.ACTIVE);
    return restored(tag, after);
  }

  private static String restored(Tag before, Tag after) {
    if (before.isActive()) {
      return bold(after) + " is active already.";
    }
    return done("Restored " + bold(after) + ": it's back in the pickers and in matching.");
  }

  static <T> T unlessTaken(String typed, java.util.function.Supplier<T> change) {
    try {
      return change.get();
    } catch (NameInUseException e) {
      throw new CommandException(
          "*"
              + Markup.escape(typed.strip())
              + "* is taken: it's the name, or a former name, of *"
              + Markup.escape(e.holder())
              + "*.");
    }
  }

  public static String bold(Tag tag) {
    return "*" + Markup.escape(tag.name()) + "*";
  }

  private static String done(String text) {
    return ":white_check_mark: " + text;
  }
}
