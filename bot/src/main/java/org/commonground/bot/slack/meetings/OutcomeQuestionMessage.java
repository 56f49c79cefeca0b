package org.commonground.bot.slack.meetings;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.meetings.OutcomeWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/**
 * The DM asking a member who met their introduction what came of it: a button opens the form, and
 * once answered the button gives way to thanks and what was recorded.
 */
public final class OutcomeQuestionMessage {

  public static final String OPEN_ACTION = "meeting_outcome_open";

  /** The block of the button, which an answer replaces with what was recorded. */
  static final String ANSWER_BLOCK = "meeting_outcome_answer";

  private OutcomeQuestionMessage() {}

  static String fallbackText() {
    return OutcomeWords.QUESTION;
  }

  static List<LayoutBlock> blocks(MeetingQuestion question) {
    return List.of(
        section(s -> s.text(markdownText(asking(question)))),
        actions(
            a ->
                a.blockId(ANSWER_BLOCK)
                    .elements(
                        List.of(
                            button(
                                b ->
                                    b.actionId(OPEN_ACTION)
                                        .text(plainText(OutcomeWords.OPEN))
                                        .style("primary")
                                        .value(Long.toString(question.id())))))));
  }

  /** The same message once answered; the member's sentence is escaped, as everything typed is. */
  static List<LayoutBlock> answered(MeetingQuestion question, OutcomeAnswer answer) {
    List<TextObject> recorded = new ArrayList<>();
    recorded.add(markdownText(OutcomeWords.thanks(answer.kind())));
    if (answer.story() != null) {
      recorded.add(
          markdownText(OutcomeWords.YOUR_SENTENCE + ": “" + Markup.escape(answer.story()) + "”"));
      recorded.add(markdownText(OutcomeWords.sharing(answer)));
    }
    return List.of(
        section(s -> s.text(markdownText(asking(question)))),
        context(c -> c.blockId(ANSWER_BLOCK).elements(List.copyOf(recorded))));
  }

  private static String asking(MeetingQuestion question) {
    return ":seedling: Glad you met "
        + Markup.mention(question.otherUserId())
        + ". *"
        + OutcomeWords.QUESTION
        + "* "
        + OutcomeWords.WHY;
  }
}
