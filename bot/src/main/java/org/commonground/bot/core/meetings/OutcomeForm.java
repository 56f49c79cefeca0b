package org.commonground.bot.core.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.views.FormValues;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;

/**
 * Turns a submitted "What came of it?" form into an answer, or into messages keyed by the field
 * they belong to. The story's limit is checked here too, since a client that ignores the form's own
 * limit (or a forged submission) could send more.
 */
public final class OutcomeForm {

  /** Either an answer to record or the errors to show; never both. */
  public record Read(Optional<OutcomeAnswer> answer, Map<String, String> errors) {}

  private OutcomeForm() {}

  public static Read read(FormValues values) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<OutcomeKind> kind =
        values
            .selected(OutcomeFields.KIND_FIELD, OutcomeFields.KIND_INPUT)
            .flatMap(OutcomeKind::fromCode);
    if (kind.isEmpty()) {
      errors.put(OutcomeFields.KIND_FIELD, OutcomeWords.KIND_MISSING);
    }
    String story = values.text(OutcomeFields.STORY_FIELD, OutcomeFields.STORY_INPUT);
    Optional<String> complaint = HiddenCharacters.complaint("Your sentence", story, true);
    if (complaint.isPresent()) {
      errors.put(OutcomeFields.STORY_FIELD, complaint.get());
    } else if (story.length() > OutcomeAnswer.STORY_MAX) {
      errors.put(OutcomeFields.STORY_FIELD, OutcomeWords.storyTooLong(story.length()));
    }
    boolean shareable =
        values
            .selectedMany(OutcomeFields.SHARE_FIELD, OutcomeFields.SHARE_INPUT)
            .contains(OutcomeFields.SHARE_VALUE);
    if (shareable && story.isEmpty()) {
      errors.put(OutcomeFields.SHARE_FIELD, OutcomeWords.SHARE_WITHOUT_STORY);
    }
    if (!errors.isEmpty()) {
      return new Read(Optional.empty(), errors);
    }
    OutcomeAnswer answer =
        new OutcomeAnswer(kind.orElseThrow(), story.isEmpty() ? null : story, shareable);
    return new Read(Optional.of(answer), Map.of());
  }
}
