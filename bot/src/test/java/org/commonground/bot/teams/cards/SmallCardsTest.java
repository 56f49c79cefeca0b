package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.teams.cards.CardSamples.accepted;
import static org.commonground.bot.teams.cards.CardSamples.visible;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.bot.teams.cards.CrossPlatformIntroCard.Partner;
import org.commonground.bot.teams.cards.CrossPlatformIntroCard.Platform;
import org.commonground.bot.testing.LongestData;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.junit.jupiter.api.Test;

/** The welcome, help, Did-you-meet, pause, deletion, notice and cross-platform cards. */
class SmallCardsTest {

  @Test
  void theWelcomeSaysWhatTheAppIsAndOffersAWayIn() {
    JsonObject card = accepted(WelcomeCard.message(Optional.empty()));
    assertThat(visible(card)).contains("👋 Welcome to the network!").doesNotContain(":wave:");
    assertThat(CardJson.buttons(card)).containsExactly("Introduce yourself");
    assertThat(card.toString()).contains("\"verb\":\"introduce\"");
  }

  @Test
  void theWelcomeShowsTheNetworksOwnWordsLiterallyAtTheirLongest() {
    String words = LongestData.text(CardSamples.MARKDOWN_ATTEMPT + " ", 499) + ".";

    JsonObject card = accepted(WelcomeCard.message(Optional.of(words)));

    assertThat(visible(card)).contains("👋 Welcome to the network!", words);
    assertThat(card.toString()).doesNotContain("[click me](https://evil.example)");
  }

  @Test
  void helpListsTheWordsAndForAdminsTheirsWithTheNoticeAtItsLongest() {
    JsonObject member =
        accepted(HelpCard.message("", false, Optional.empty(), CardSamples.notice()));
    JsonObject admin =
        accepted(
            HelpCard.message(
                CardSamples.MARKDOWN_ATTEMPT,
                true,
                Optional.of("https://commonground.example.org/admin"),
                CardSamples.longestNotice()));

    assertThat(visible(member))
        .contains("introduce export", "introduce delete", "resume")
        .contains("introduce @name @name why")
        .doesNotContain("digest preview", "/introduce");
    assertThat(visible(admin))
        .contains("digest preview", "tags add", "orgs merge A -> B")
        .contains("I didn't understand “" + CardSamples.MARKDOWN_ATTEMPT + "”")
        .contains("Controller & <!channel> 😀 <@U0FORGED> *x*");
    assertThat(CardJson.buttons(admin)).containsExactly("Open the console", "Full privacy notice");
  }

  @Test
  void didYouMeetAsksWithThreeAnswersAndThanksOnceAnswered() {
    MeetingQuestion question = new MeetingQuestion(9, 4, "U1", "U2", 1, null);
    JsonObject asked = accepted(DidYouMeetCard.message(question, "Ann *Smith*"));
    JsonObject answered =
        accepted(
            CardMessage.of(DidYouMeetCard.answered(question, "Ann", MeetingAnswer.NOT_YET), "x"));

    assertThat(visible(asked))
        .contains("A week ago we introduced you to Ann *Smith*. Did you meet Ann *Smith*?");
    assertThat(CardJson.buttons(asked)).containsExactly("Yes", "Not yet", "No");
    assertThat(asked.toString()).contains("\"questionId\":9", "met_not_yet");
    assertThat(visible(answered)).contains("⏳ Thanks! We'll check in once more in a few days.");
    assertThat(CardJson.buttons(answered)).isEmpty();
  }

  @Test
  void pauseDeletionAndNoticesSayTheirOneThing() {
    assertThat(visible(accepted(PauseCard.message(LocalDate.of(2026, 12, 13)))))
        .contains("Paused until Sunday 13 December.");
    JsonObject deletion = accepted(DeletionCard.message());
    assertThat(visible(deletion)).contains("This deletes your Common Ground profile for good:");
    assertThat(CardJson.buttons(deletion)).containsExactly("Delete", "Keep it");
    assertThat(deletion.toString()).contains("delete_confirm");
    assertThat(visible(accepted(NoticeCard.plain(CardSamples.MARKDOWN_ATTEMPT))))
        .contains(CardSamples.MARKDOWN_ATTEMPT);
    JsonObject done = accepted(NoticeCard.ownWords(":white_check_mark: *Done.*"));
    assertThat(visible(done)).contains("✅ Done.");
    assertThat(done.toString()).contains("**Done.**");
  }

  @Test
  void aCrossPlatformIntroductionLinksToAChatInThePartnersApp() {
    Partner teams =
        new Partner(
            "Ann", "Kindred", "Lead", "ann.o'neil+x@kindred.example", Platform.TEAMS, "", "");
    Partner slack =
        new Partner("Bo", "Juno", "Lead", "bo@juno.example", Platform.SLACK, "U0BO", "T0NET");

    JsonObject toTeams =
        accepted(
            CrossPlatformIntroCard.message(teams, List.of("Prevention"), true, Occasion.WEEKLY));
    JsonObject toSlack =
        accepted(CrossPlatformIntroCard.message(slack, List.of(), false, Occasion.WEEKLY));

    assertThat(teams.chatUrl())
        .isEqualTo(
            "https://teams.microsoft.com/l/chat/0/0?users=ann.o%27neil%2Bx%40kindred.example");
    assertThat(slack.chatUrl()).isEqualTo("https://slack.com/app_redirect?channel=U0BO&team=T0NET");
    assertThat(visible(toTeams))
        .contains("Meet Ann!", "Kindred", "ann.o'neil+x@kindred.example")
        .contains("You said yes first: could you suggest a time for a 30-minute call this week?")
        .contains("how your organisations are approaching prevention");
    assertThat(visible(toSlack)).contains("Bo said yes first");
    assertThat(CardJson.buttons(toSlack)).containsExactly("Message them in Slack");
  }

  @Test
  void aCrossPlatformIntroductionAtTheLongestFits() {
    String org = LongestData.organisationName(1);
    Partner partner =
        new Partner(
            LongestData.text("Name ", 200),
            org,
            LongestData.text("Role ", LongestData.ROLE),
            "a@b.example",
            Platform.TEAMS,
            "",
            "");
    List<String> tags = CardSamples.longestTags(5).stream().map(t -> t.name()).toList();
    assertThat(
            visible(accepted(CrossPlatformIntroCard.message(partner, tags, true, Occasion.WEEKLY))))
        .contains(org);
    String note = LongestData.text("Why ", WarmIntroWords.NOTE_LIMIT);
    assertThat(
            visible(
                accepted(
                    CrossPlatformIntroCard.message(
                        partner, tags, false, Occasion.suggested(note)))))
        .contains("the suggestion that you two meet");
  }
}
