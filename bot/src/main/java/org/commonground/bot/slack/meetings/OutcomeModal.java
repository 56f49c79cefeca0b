package org.commonground.bot.slack.meetings;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.List;
import org.commonground.bot.core.meetings.OutcomeFields;
import org.commonground.bot.core.meetings.OutcomeWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingQuestion;

/**
 * The "What came of it?" form: a kind of outcome, an optional sentence and the opt-in to share it,
 * unticked. The "Did you meet?" question it follows travels as the modal's private metadata.
 */
public final class OutcomeModal {

  public static final String CALLBACK_ID = "meeting_outcome";

  private OutcomeModal() {}

  public static View build(MeetingQuestion question) {
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(Long.toString(question.id()))
                .title(viewTitle(t -> t.type("plain_text").text(OutcomeWords.QUESTION)))
                .submit(viewSubmit(s -> s.type("plain_text").text(OutcomeWords.SEND)))
                .close(viewClose(c -> c.type("plain_text").text(OutcomeWords.NOT_NOW)))
                .blocks(
                    List.of(
                        section(s -> s.text(markdownText(intro(question)))),
                        kindInput(),
                        storyInput(),
                        shareInput())));
  }

  private static String intro(MeetingQuestion question) {
    return "You met " + Markup.mention(question.otherUserId()) + ". " + OutcomeWords.WHY;
  }

  private static LayoutBlock kindInput() {
    List<OptionObject> kinds =
        List.of(OutcomeKind.values()).stream()
            .map(kind -> option(OutcomeWords.label(kind), kind.name()))
            .toList();
    return input(
        i ->
            i.blockId(OutcomeFields.KIND_FIELD)
                .label(plainText(OutcomeWords.KIND_LABEL))
                .element(radioButtons(r -> r.actionId(OutcomeFields.KIND_INPUT).options(kinds))));
  }

  private static LayoutBlock storyInput() {
    return input(
        i ->
            i.blockId(OutcomeFields.STORY_FIELD)
                .label(plainText(OutcomeWords.STORY_LABEL))
                .hint(plainText(OutcomeWords.STORY_HINT))
                .optional(true)
                .element(
                    plainTextInput(
                        p ->
                            p.actionId(OutcomeFields.STORY_INPUT)
                                .multiline(true)
                                .maxLength(OutcomeAnswer.STORY_MAX)
                                .placeholder(plainText(OutcomeWords.STORY_PLACEHOLDER)))));
  }

  private static LayoutBlock shareInput() {
    return input(
        i ->
            i.blockId(OutcomeFields.SHARE_FIELD)
                .label(plainText(OutcomeWords.SHARE_LABEL))
                .hint(plainText(OutcomeWords.SHARE_HINT))
                .optional(true)
                .element(
                    checkboxes(
                        c ->
                            c.actionId(OutcomeFields.SHARE_INPUT)
                                .options(
                                    List.of(
                                        option(
                                            OutcomeWords.SHARE_CONSENT,
                                            OutcomeFields.SHARE_VALUE))))));
  }

  private static OptionObject option(String text, String value) {
    return OptionObject.builder().text(plainText(text)).value(value).build();
  }
}
