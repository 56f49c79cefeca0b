package org.commonground.bot.slack.meetings;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.commonground.bot.core.meetings.DidYouMeetWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/** The DM asking a member whether they met the person they were introduced to. */
public final class DidYouMeetMessage {

  public static final String YES_ACTION = "meeting_yes";
  public static final String NOT_YET_ACTION = "meeting_not_yet";
  public static final String NO_ACTION = "meeting_no";

  /** The block of the three buttons, which an answer replaces with a thank-you. */
  static final String ANSWER_BLOCK = "meeting_answer";

  private DidYouMeetMessage() {}

  static String fallbackText(MeetingQuestion question) {
    return "Did you meet " + Markup.mention(question.otherUserId()) + "?";
  }

  static List<LayoutBlock> blocks(MeetingQuestion question) {
    String value = Long.toString(question.id());
    return List.of(
        section(s -> s.text(markdownText(asking(question)))),
        actions(
            a ->
                a.blockId(ANSWER_BLOCK)
                    .elements(
                        List.of(
                            button(
                                b ->
                                    b.actionId(YES_ACTION)
                                        .text(plainText(DidYouMeetWords.YES))
                                        .style("primary")
                                        .value(value)),
                            button(
                                b ->
                                    b.actionId(NOT_YET_ACTION)
                                        .text(plainText(DidYouMeetWords.NOT_YET))
                                        .value(value)),
                            button(
                                b ->
                                    b.actionId(NO_ACTION)
                                        .text(plainText(DidYouMeetWords.NO))
                                        .value(value))))));
  }

  /** The same message once answered: the question stays, the buttons give way to thanks. */
  static List<LayoutBlock> answered(MeetingQuestion question, MeetingAnswer answer) {
    return List.of(
        section(s -> s.text(markdownText(asking(question)))),
        context(
            c ->
                c.blockId(ANSWER_BLOCK)
                    .elements(List.of(markdownText(DidYouMeetWords.thanks(answer))))));
  }

  private static String asking(MeetingQuestion question) {
    String other = Markup.mention(question.otherUserId());
    return question.timesAsked() == 1
        ? ":coffee: A week ago we introduced you to " + other + ". *Did you meet " + other + "?*"
        : ":coffee: A few days ago you hadn't met " + other + " yet. *Did you meet " + other + "?*";
  }
}
