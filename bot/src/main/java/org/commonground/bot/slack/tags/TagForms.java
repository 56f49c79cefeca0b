package org.commonground.bot.slack.tags;

import static org.commonground.bot.slack.tags.TagFormInputs.*;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.curation.FieldError;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.slack.views.NoticeModal;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagEdit;
import org.commonground.storage.tags.TagStatus;
import org.commonground.storage.tags.TagSuggestion;

/** The admins' tag forms: opening them with today's tags, and carrying out what they submit. */
public final class TagForms {

  private final TagCuration curation;
  private final SuggestionService suggestions;

  public TagForms(TagCuration curation, SuggestionService suggestions) {
    this.curation = curation;
    this.suggestions = suggestions;
  }

  public View add(BlockActionPayload click) {
    return AddTagModal.build(curation.themes(), Optional.empty(), "");
  }

  public View edit(BlockActionPayload click) {
    return EditTagModal.build(curation.current(), curation.themes());
  }

  public View merge(BlockActionPayload click) {
    List<Tag> current = curation.current();
    return MergeTagsModal.build(current, current.stream().filter(Tag::isActive).toList());
  }

  /** The add form filled from the suggestion clicked; a notice if it was decided meanwhile. */
  public View approve(BlockActionPayload click) {
    Optional<TagSuggestion> suggestion =
        SuggestionDm.idOf(click.getActions().get(0).getValue()).flatMap(suggestions::find);
    if (suggestion.isEmpty() || !suggestion.get().isPending()) {
      return NoticeModal.of("Suggestion", "Another admin has already decided on this suggestion.");
    }
    return AddTagModal.build(curation.themes(), suggestion, Long.toString(suggestion.get().id()));
  }

  public String submitAdd(String actor, View view) {
    TagFormValues form = new TagFormValues(view, curation);
    String name = form.name();
    String theme = form.requiredTheme();
    Optional<String> description = form.description();
    Optional<Long> approving = SuggestionDm.idOf(view.getPrivateMetadata());
    if (approving.isPresent()) {
      return FieldError.check(
          NAME_BLOCK,
          () -> suggestions.approve(actor, approving.get(), name, theme, description.orElse("")));
    }
    return FieldError.check(
        NAME_BLOCK, () -> curation.add(actor, name, Optional.of(theme), description));
  }

  /** Checks every field before changing anything, then makes every change in one go. */
  public String submitEdit(String actor, View view) {
    TagFormValues form = new TagFormValues(view, curation);
    Tag tag = form.tag(EditTagModal.TAG_BLOCK, EditTagModal.TAG_ACTION);
    Optional<String> name = form.newName();
    Optional<String> theme = form.theme();
    Optional<String> description = form.description();
    Optional<String> status = form.status();
    if (name.isEmpty() && theme.isEmpty() && description.isEmpty() && status.isEmpty()) {
      throw new FieldError(NAME_BLOCK, "Nothing to change: fill in at least one field.");
    }
    TagEdit edit =
        new TagEdit(
            name,
            theme,
            description,
            status.map(s -> s.equals(EditTagModal.RETIRE) ? TagStatus.RETIRED : TagStatus.ACTIVE));
    return FieldError.check(NAME_BLOCK, () -> curation.edit(actor, tag, edit));
  }

  public String submitMerge(String actor, View view) {
    TagFormValues form = new TagFormValues(view, curation);
    Tag from = form.tag(MergeTagsModal.FROM_BLOCK, MergeTagsModal.FROM_ACTION);
    Tag into = form.tag(MergeTagsModal.INTO_BLOCK, MergeTagsModal.INTO_ACTION);
    return FieldError.check(MergeTagsModal.INTO_BLOCK, () -> curation.merge(actor, from, into));
  }
}
