package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.meetings.OutcomeFields;
import org.commonground.bot.core.meetings.OutcomeWords;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingQuestion;

/**
 * Asks a member who met their introduction what came of it, with the Slack form's fields and words:
 * a pick of four kinds, an optional sentence and the opt-in to share it, unticked. Sent with {@code
 * Action.Submit}, whose answer redraws the card with thanks in place of the form.
 */
public final class OutcomeCard {

  private OutcomeCard() {}

  /** The question after the member's yes to {@code question}, about meeting {@code otherName}. */
  public static JsonObject message(MeetingQuestion question, String otherName) {
    return CardMessage.of(card(question, otherName), OutcomeWords.QUESTION);
  }

  public static AdaptiveCard card(MeetingQuestion question, String otherName) {
    JsonObject data = CardActions.data(CardIds.QUESTION_ID, question.id());
    data.addProperty("verb", CardIds.OUTCOME_SUBMIT_VERB);
    List<ChoiceInput.Choice> kinds =
        List.of(OutcomeKind.values()).stream()
            .map(kind -> new ChoiceInput.Choice(OutcomeWords.label(kind), kind.name()))
            .toList();
    return AdaptiveCard.of(
            List.of(
                asking(otherName),
                ChoiceInput.of(OutcomeFields.KIND_FIELD, OutcomeWords.KIND_LABEL, kinds)
                    .expanded()
                    .required(OutcomeWords.KIND_MISSING)
                    .json(),
                TextInput.of(OutcomeFields.STORY_FIELD, OutcomeWords.STORY_LABEL)
                    .multiline()
                    .maxLength(OutcomeAnswer.STORY_MAX)
                    .placeholder(OutcomeWords.STORY_PLACEHOLDER)
                    .json(),
                TextBlock.of(OutcomeWords.STORY_HINT).subtle().tight().json(),
                ToggleInput.of(
                        OutcomeFields.SHARE_FIELD,
                        OutcomeWords.SHARE_LABEL,
                        OutcomeWords.SHARE_CONSENT,
                        OutcomeFields.SHARE_VALUE)
                    .on(false)
                    .json(),
                TextBlock.of(OutcomeWords.SHARE_HINT).subtle().tight().json()))
        .actions(List.of(CardActions.positive(CardActions.submit(OutcomeWords.SEND, data))));
  }

  /** The same card once answered: the question stays; thanks and what was recorded follow it. */
  public static AdaptiveCard answered(String otherName, OutcomeAnswer answer) {
    List<JsonObject> body = new ArrayList<>();
    body.add(asking(otherName));
    body.add(TextBlock.of(CardMarkdown.fromMarkup(OutcomeWords.thanks(answer.kind()))).json());
    if (answer.story() != null) {
      body.add(
          TextBlock.of(
                  OutcomeWords.YOUR_SENTENCE + ": “" + CardMarkdown.escape(answer.story()) + "”")
              .subtle()
              .json());
      body.add(TextBlock.of(OutcomeWords.sharing(answer)).subtle().json());
    }
    return AdaptiveCard.of(body);
  }

  private static JsonObject asking(String otherName) {
    return TextBlock.of(
            "🌱 Glad you met "
                + CardMarkdown.escape(otherName)
                + ". **"
                + OutcomeWords.QUESTION
                + "** "
                + OutcomeWords.WHY)
        .json();
  }
}
