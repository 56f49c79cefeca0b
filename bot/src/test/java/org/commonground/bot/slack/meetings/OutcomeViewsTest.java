package org.commonground.bot.slack.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.util.json.GsonFactory;
import org.commonground.bot.testing.VisibleText;
import org.commonground.bot.testing.blockkit.BlockKitCheck;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.junit.jupiter.api.Test;

/** The "What came of it?" DM and form stay within Slack's limits, whatever a member typed. */
class OutcomeViewsTest {

  private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();

  private final MeetingQuestion question =
      new MeetingQuestion(9, 4, "U0ALICE", "U0BOB", 1, MeetingAnswer.YES);

  @Test
  void theQuestionAndTheFormAreWithinSlacksLimits() {
    JsonElement asked = SLACK_JSON.toJsonTree(OutcomeQuestionMessage.blocks(question));
    JsonElement form = SLACK_JSON.toJsonTree(OutcomeModal.build(question));

    assertThat(BlockKitCheck.messageBlocks(asked, "/blocks")).isEmpty();
    assertThat(BlockKitCheck.view(form, "/view")).isEmpty();
  }

  @Test
  void theLongestSentenceEscapedAtItsLongestFitsTheAnsweredMessage() {
    String worst = "<".repeat(OutcomeAnswer.STORY_MAX);
    OutcomeAnswer answer = new OutcomeAnswer(OutcomeKind.CHANGED_PRACTICE, worst, true);

    JsonElement answered = SLACK_JSON.toJsonTree(OutcomeQuestionMessage.answered(question, answer));

    assertThat(BlockKitCheck.messageBlocks(answered, "/blocks")).isEmpty();
    assertThat(VisibleText.of(answered.toString()))
        .contains("&lt;".repeat(OutcomeAnswer.STORY_MAX))
        .doesNotContain("<<");
  }
}
