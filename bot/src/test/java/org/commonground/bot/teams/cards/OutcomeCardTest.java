package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.teams.cards.CardSamples.accepted;
import static org.commonground.bot.teams.cards.CardSamples.visible;

import com.google.gson.JsonObject;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.junit.jupiter.api.Test;

/** The "What came of it?" card: its form, and its thanks showing what a member typed as typed. */
class OutcomeCardTest {

  private final MeetingQuestion question =
      new MeetingQuestion(9, 4, "U1", "U2", 1, MeetingAnswer.YES);

  @Test
  void asksWithTheFourKindsASentenceAndAnUntickedOptIn() {
    JsonObject asked = accepted(OutcomeCard.message(question, "Ann *Smith*"));

    assertThat(visible(asked))
        .contains("Glad you met Ann *Smith*", "What came of it?", "Nothing yet")
        .contains("We're working on something together", "It changed how we do something")
        .contains("Admins may share my story, without my name, in reports");
    assertThat(CardJson.buttons(asked)).containsExactly("Send");
    assertThat(asked.toString())
        .contains("\"questionId\":9", "\"verb\":\"outcome_submit\"", "Action.Submit")
        .contains("\"maxLength\":300", "\"value\":\"false\"");
  }

  @Test
  void theThanksShowTheSentenceWithoutItsMarkdown() {
    OutcomeAnswer answer =
        new OutcomeAnswer(OutcomeKind.SHARED_IDEAS, CardSamples.MARKDOWN_ATTEMPT, false);

    JsonObject answered = accepted(CardMessage.of(OutcomeCard.answered("Ann", answer), "x"));

    assertThat(visible(answered))
        .contains("🌱 Thanks! We've noted: We shared ideas or contacts.")
        .contains("Your sentence: “" + CardSamples.MARKDOWN_ATTEMPT + "”", "nobody is shown it");
    assertThat(answered.toString()).doesNotContain("[click me](https://evil.example)");
    assertThat(CardJson.buttons(answered)).isEmpty();
  }
}
