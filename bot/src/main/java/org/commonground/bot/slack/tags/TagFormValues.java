package org.commonground.bot.slack.tags;

import static org.commonground.bot.slack.tags.TagFormInputs.*;

import com.slack.api.model.view.View;
import java.util.Optional;
import org.commonground.bot.core.curation.FieldError;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.bot.slack.views.SubmittedValues;
import org.commonground.storage.tags.Tag;

/** A submitted tag form's values, each checked, with any complaint put under its own field. */
final class TagFormValues {

  private final SubmittedValues values;
  private final TagCuration curation;

  TagFormValues(View view, TagCuration curation) {
    this.values = new SubmittedValues(view.getState());
    this.curation = curation;
  }

  Tag tag(String blockId, String actionId) {
    return FieldError.check(
        blockId, () -> curation.byId(values.selected(blockId, actionId).orElse("")));
  }

  String name() {
    return FieldError.check(NAME_BLOCK, () -> TagRules.name(shown(NAME_BLOCK, NAME_ACTION, false)));
  }

  Optional<String> newName() {
    shown(NAME_BLOCK, NAME_ACTION, false);
    return FieldError.check(
        NAME_BLOCK, () -> TagFormInputs.text(values, NAME_BLOCK, NAME_ACTION).map(TagRules::name));
  }

  Optional<String> theme() {
    shown(NEW_THEME_BLOCK, NEW_THEME_ACTION, false);
    return FieldError.check(THEME_BLOCK, () -> TagFormInputs.theme(values).map(curation::theme));
  }

  String requiredTheme() {
    return theme()
        .orElseThrow(() -> new FieldError(THEME_BLOCK, "Pick a theme or type a new one."));
  }

  Optional<String> description() {
    shown(DESCRIPTION_BLOCK, DESCRIPTION_ACTION, true);
    return FieldError.check(
        DESCRIPTION_BLOCK,
        () ->
            TagFormInputs.text(values, DESCRIPTION_BLOCK, DESCRIPTION_ACTION)
                .map(TagRules::description));
  }

  /** The typed text, refused under its own field if it has a character nobody would see. */
  private String shown(String blockId, String actionId, boolean multiLine) {
    String typed = values.text(blockId, actionId);
    HiddenCharacters.complaint("This", typed, multiLine)
        .ifPresent(
            complaint -> {
              throw new FieldError(blockId, complaint);
            });
    return typed;
  }

  Optional<String> status() {
    return values.selected(EditTagModal.STATUS_BLOCK, EditTagModal.STATUS_ACTION);
  }
}
