package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.teams.cards.CardSamples.accepted;
import static org.commonground.bot.teams.cards.CardSamples.visible;

import com.google.gson.JsonObject;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.commonground.bot.core.introduce.WarmIntroContent;
import org.commonground.bot.core.introduce.WarmIntroState;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.bot.testing.LongestData;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.Test;

/** The warm introduction card each of the two gets in Teams, in every state and at its longest. */
class IntroSuggestionCardTest {

  private static final Function<String, String> NAMES =
      id -> LongestData.text("Name of " + id + " ", 200);

  @Test
  void atItsLongestEveryStateIsOneTeamsTakes() {
    List<Tag> tags = CardSamples.longestTags(LongestData.MOST_CHALLENGES);
    Profile me = CardSamples.longestProfile("me", 0, tags);
    Profile other = CardSamples.longestProfile("other", 1, tags);
    String note = LongestData.text("Why ", WarmIntroWords.NOTE_LIMIT);
    for (WarmIntroState state : WarmIntroState.values()) {
      JsonObject message =
          accepted(IntroSuggestionCard.message(content(me, other, note, state), NAMES));
      assertThat(visible(message)).contains(LongestData.organisationName(1));
    }
  }

  @Test
  void theAskOffersBothAnswersAndSaysHowItWorks() {
    Profile me =
        CardSamples.profile("me", CardSamples.organisation(1, "Kindred"), "Lead", null, List.of());
    Profile other =
        CardSamples.profile("other", CardSamples.organisation(2, "Juno"), "Chair", null, List.of());

    JsonObject asked =
        accepted(
            IntroSuggestionCard.message(
                content(me, other, "*bold* [x](y)", WarmIntroState.ASKED), id -> id));
    JsonObject left =
        accepted(
            IntroSuggestionCard.message(content(me, null, "", WarmIntroState.LAPSED), id -> id));

    assertThat(visible(asked))
        .contains("thinks you and other should meet", "*bold* [x](y)", "Chair, Juno")
        .contains("Only if you both say yes by Monday 30 November");
    assertThat(CardJson.buttons(asked)).containsExactly("Yes, introduce us", "No thanks");
    assertThat(visible(left)).contains("someone who has since left", "has lapsed");
    assertThat(left.toString()).doesNotContain(CardIds.WARM_INTRO_YES_VERB);
  }

  private static WarmIntroContent content(
      Profile me, Profile other, String note, WarmIntroState state) {
    return new WarmIntroContent(
        42,
        "suggester",
        me,
        other,
        note,
        CardSamples.NOW.minusSeconds(7 * 86_400).atZone(ZoneId.of("Europe/London")),
        state);
  }
}
