package org.commonground.bot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.commonground.bot.teams.cards.CardValues;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.junit.jupiter.api.Test;

/** Reading a submitted "What came of it?" form, here as a Teams card's inputs. */
class OutcomeFormTest {

  @Test
  void aKindAloneIsAnAnswerWithNoStory() {
    assertThat(read("SHARED_IDEAS", "  ", "false").answer())
        .contains(new OutcomeAnswer(OutcomeKind.SHARED_IDEAS, null, false));
  }

  @Test
  void aStoryOfThreeHundredCharactersIsKeptAndOneMoreIsRefused() {
    assertThat(read("NOTHING_YET", "x".repeat(300), OutcomeFields.SHARE_VALUE).answer())
        .contains(new OutcomeAnswer(OutcomeKind.NOTHING_YET, "x".repeat(300), true));

    OutcomeForm.Read tooLong = read("NOTHING_YET", "x".repeat(301), "false");

    assertThat(tooLong.answer()).isEmpty();
    assertThat(tooLong.errors())
        .containsOnlyKeys(OutcomeFields.STORY_FIELD)
        .containsValue("Please keep your sentence to 300 characters (it has 301).");
  }

  @Test
  void aMissingOrForgedKindIsRefused() {
    assertThat(read("", "Something", "false").errors())
        .containsEntry(OutcomeFields.KIND_FIELD, OutcomeWords.KIND_MISSING);
    assertThat(read("EVERYTHING", "Something", "false").errors())
        .containsOnlyKeys(OutcomeFields.KIND_FIELD);
  }

  @Test
  void sharingNeedsASentenceToShare() {
    assertThat(read("WORKING_TOGETHER", "", OutcomeFields.SHARE_VALUE).errors())
        .containsEntry(OutcomeFields.SHARE_FIELD, OutcomeWords.SHARE_WITHOUT_STORY);
  }

  @Test
  void hiddenCharactersAreRefusedAndLineBreaksKept() {
    assertThat(read("WORKING_TOGETHER", "We met \u202Eevil", "false").errors())
        .containsOnlyKeys(OutcomeFields.STORY_FIELD);
    assertThat(read("WORKING_TOGETHER", "We met.\nThen we planned.", "false").answer()).isPresent();
  }

  private static OutcomeForm.Read read(String kind, String story, String share) {
    JsonObject inputs = new JsonObject();
    inputs.addProperty(OutcomeFields.KIND_FIELD, kind);
    inputs.addProperty(OutcomeFields.STORY_FIELD, story);
    inputs.addProperty(OutcomeFields.SHARE_FIELD, share);
    return OutcomeForm.read(CardValues.of(inputs));
  }
}
