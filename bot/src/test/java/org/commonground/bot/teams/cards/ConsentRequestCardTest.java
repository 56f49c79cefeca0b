package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.teams.cards.CardSamples.accepted;
import static org.commonground.bot.teams.cards.CardSamples.visible;

import com.google.gson.JsonObject;
import java.time.ZoneId;
import org.commonground.bot.core.consent.ConsentWords;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.junit.jupiter.api.Test;

/** The card asking to agree to a new privacy notice, at its longest, and once agreed. */
class ConsentRequestCardTest {

  @Test
  void theRequestAtTheLongestNoticeFitsWithIAgreeCarryingItsVersionAndTheLink() {
    PrivacyNotice notice = CardSamples.longestNotice();

    JsonObject request = accepted(ConsentRequestCard.message(notice));

    assertThat(visible(request))
        .contains("📝 We've updated our privacy notice.", "left out of the weekly introductions")
        .contains("Controller & <!channel> 😀 <@U0FORGED> *x*")
        .contains("Privacy notice version " + notice.version());
    assertThat(CardJson.buttons(request)).containsExactly("I agree", "Full privacy notice");
    assertThat(request.toString())
        .contains("\"verb\":\"" + CardIds.AGREE_NOTICE_VERB + "\"")
        .contains("\"" + CardIds.NOTICE_VERSION + "\":\"" + notice.version() + "\"")
        .contains("\"summary\":\"" + ConsentWords.REQUEST + "\"");
  }

  @Test
  void withoutAFullNoticeThereIsOnlyIAgree() {
    assertThat(CardJson.buttons(accepted(ConsentRequestCard.message(CardSamples.notice()))))
        .containsExactly("I agree");
  }

  @Test
  void anEarlierVersionsAnswerOffersTheCurrentOne() {
    PrivacyNotice notice = CardSamples.longestNotice();

    JsonObject answer = accepted(CardMessage.of(ConsentRequestCard.earlierVersion(notice), "x"));

    assertThat(visible(answer)).contains("That was an earlier version of the privacy notice");
    assertThat(answer.toString()).contains(notice.version());
    assertThat(CardJson.buttons(answer)).contains("I agree");
  }

  @Test
  void onceAgreedTheCardSaysSoWithTheDayAndNoButtons() {
    PrivacyNotice notice = CardSamples.notice();
    String thanks = ConsentWords.thanks(notice, CardSamples.NOW, ZoneId.of("Europe/London"));

    JsonObject agreed = accepted(CardMessage.of(ConsentRequestCard.agreed(thanks), "x"));

    assertThat(visible(agreed))
        .contains("✅ Thank you. You agreed to privacy notice " + notice.version())
        .contains("on Monday 7 December 2026", "introduce help")
        .doesNotContain("`", ":white_check_mark:");
    assertThat(CardJson.buttons(agreed)).isEmpty();
  }
}
