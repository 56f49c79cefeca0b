package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagEdit;
import org.commonground.storage.tags.TagStatus;
import org.commonground.storage.tags.TagSuggestion;

/**
 * {@code /admin/tags}: what {@code /tags} does for admins. The challenge tags by theme with how
 * many members hold each; adding, editing, merging, retiring and restoring them; and members'
 * suggestions approved, merged or rejected. The checks and changes are the chat's own, each audited
 * by the storage.
 */
public final class TagsPage implements ConsolePage {

  /** One tag as the page lists it. */
  public record Row(Tag tag, int members) {}

  /** The active tags under one theme. */
  public record Theme(String name, List<Row> rows) {}

  private static final String ALREADY_DECIDED =
      "Another admin has already decided on this suggestion.";

  private final TagCuration curation;
  private final SuggestionService suggestions;

  public TagsPage(TagCuration curation, SuggestionService suggestions) {
    this.curation = curation;
    this.suggestions = suggestions;
  }

  @Override
  public String path() {
    return "/tags";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    show(request, HttpServletResponse.SC_OK, List.of(), Map.of(), done(request.done()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String actor = request.who().userId();
    try {
      String done =
          switch (request.param("action")) {
            case "add" -> add(actor, request);
            case "edit" -> edit(actor, request);
            case "merge" -> merge(actor, request);
            case "retire" -> status(actor, request, TagStatus.RETIRED);
            case "restore" -> status(actor, request, TagStatus.ACTIVE);
            case "approve" -> approve(actor, request);
            case "answer" -> answer(actor, request);
            case "reject" -> reject(actor, request);
            default -> "";
          };
      request.redirect(path(), done);
    } catch (TagFields.Refused refused) {
      show(request, 400, List.of(refused.error()), refused.typed(), "");
    }
  }

  private String add(String actor, ConsoleRequest request) {
    TagFields form = new TagFields(request, curation, "add", "");
    String name = form.name();
    String theme = form.theme();
    Optional<String> description = form.description();
    form.check("name", () -> curation.add(actor, name, Optional.of(theme), description));
    return "added";
  }

  /** Checks every field before changing anything, then makes every change in one go. */
  private String edit(String actor, ConsoleRequest request) {
    TagFields form = new TagFields(request, curation, "edit", "");
    Tag tag = form.tag("id", "id");
    TagEdit edit =
        new TagEdit(form.newName(), form.newTheme(), form.description(), Optional.empty());
    if (edit.name().isEmpty() && edit.theme().isEmpty() && edit.description().isEmpty()) {
      throw form.refused("name", "Nothing to change: fill in at least one field.");
    }
    form.check("name", () -> curation.edit(actor, tag, edit));
    return "edited";
  }

  private String merge(String actor, ConsoleRequest request) {
    TagFields form = new TagFields(request, curation, "merge", "");
    Tag from = form.tag("from", "from");
    Tag into = form.tag("into", "into");
    form.check("into", () -> curation.merge(actor, from, into));
    return "merged";
  }

  private String status(String actor, ConsoleRequest request, TagStatus status) {
    TagFields form = new TagFields(request, curation, "tags", "");
    Tag tag = form.tag("id", "list");
    TagEdit edit =
        new TagEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(status));
    form.check("list", () -> curation.edit(actor, tag, edit));
    return status == TagStatus.RETIRED ? "retired" : "restored";
  }

  private String approve(String actor, ConsoleRequest request) {
    long id = pending(request);
    TagFields form = new TagFields(request, curation, "approve", "-" + id);
    String name = form.name();
    String theme = form.theme();
    String description = form.description().orElse("");
    form.check("name", () -> suggestions.approve(actor, id, name, theme, description));
    return "approved";
  }

  /** Answers a suggestion with an active tag that covers it already. */
  private String answer(String actor, ConsoleRequest request) {
    long id = pending(request);
    TagFields form = new TagFields(request, curation, "answer", "-" + id);
    Tag into = form.tag("into", "into");
    if (!into.isActive()) {
      throw form.refused(
          "into", into.name() + " is retired: restore it first, or choose another tag.");
    }
    suggestions.mergeInto(actor, id, into.id());
    return "answered";
  }

  private String reject(String actor, ConsoleRequest request) {
    suggestions.reject(actor, pending(request));
    return "rejected";
  }

  /** The id of the pending suggestion the form is about; refused if it was decided meanwhile. */
  private long pending(ConsoleRequest request) {
    Optional<TagSuggestion> suggestion = Optional.empty();
    try {
      suggestion = suggestions.find(Long.parseLong(request.param("id")));
    } catch (NumberFormatException e) {
      // refused below, like one decided meanwhile
    }
    if (suggestion.isEmpty() || !suggestion.get().isPending()) {
      throw new TagFields(request, curation, "tags", "").refused("suggestions", ALREADY_DECIDED);
    }
    return suggestion.get().id();
  }

  private void show(
      ConsoleRequest request,
      int status,
      List<FieldError> errors,
      Map<String, String> typed,
      String done)
      throws IOException {
    List<Tag> current = curation.current();
    Map<Integer, Integer> holders = curation.holders();
    Map<String, List<Row>> byTheme = new LinkedHashMap<>();
    List<Row> retired = new ArrayList<>();
    for (Tag tag : current) {
      Row row = new Row(tag, holders.getOrDefault(tag.id(), 0));
      if (tag.isActive()) {
        byTheme.computeIfAbsent(tag.theme(), theme -> new ArrayList<>()).add(row);
      } else {
        retired.add(row);
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put(
        "themes",
        byTheme.entrySet().stream().map(t -> new Theme(t.getKey(), t.getValue())).toList());
    model.put("retired", retired);
    model.put("current", current);
    model.put("active", current.stream().filter(Tag::isActive).toList());
    model.put("themeNames", curation.themes());
    model.put("pending", suggestions.pending());
    model.put("nameMax", TagRules.NAME_MAX);
    model.put("themeMax", TagRules.THEME_MAX);
    model.put("descriptionMax", TagRules.DESCRIPTION_MAX);
    model.put("typed", typed);
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "tags", model);
  }

  /** What the page says after a change it was sent back from. */
  private static String done(String done) {
    return switch (done) {
      case "added" -> "The tag is added: members can pick it from now on.";
      case "edited" -> "The tag is changed; a former name still finds it.";
      case "merged" ->
          "The tags are merged: their members hold the one kept, and the old name finds it.";
      case "retired" ->
          "The tag is retired: it's gone from the pickers and new matches; members who hold it"
              + " keep it until they edit their profile.";
      case "restored" -> "The tag is restored: it's back in the pickers and in matching.";
      case "approved" -> "The suggestion is a tag now, and the member has been told.";
      case "answered" ->
          "The suggestion is answered with the tag that covers it, and the member has been told.";
      case "rejected" -> "The suggestion is rejected, and the member has been told.";
      default -> "";
    };
  }
}
