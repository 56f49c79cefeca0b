package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.teams.cards.CardSamples.accepted;
import static org.commonground.bot.teams.cards.CardSamples.visible;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.testing.LongestData;
import org.commonground.matching.UnmatchedReason;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.Test;

class DigestCardTest {

  private static final Week WEEK = Week.containing(java.time.LocalDate.of(2026, 12, 7));

  @Test
  void eachMatchSaysWhoAndWhyWithItsButtons() {
    Profile partner =
        CardSamples.profile(
            "U2",
            CardSamples.organisation(2, "Wirral Council"),
            "Commissioner",
            CardSamples.MARKDOWN_ATTEMPT,
            List.of());
    Digest digest =
        digest(
            List.of(
                new Digest.Match(
                    42, partner, List.of("Prevention"), List.of(), List.of("Civic data"))));

    JsonObject card = accepted(DigestCard.message(digest, p -> "Ann Smith"));

    assertThat(visible(card))
        .contains("Your introductions for the week of 7 December")
        .contains("Ann Smith")
        .contains("Commissioner, Wirral Council · Wirral")
        .contains("You both work on Prevention.")
        .contains("You could help them with Civic data.")
        .contains(CardSamples.MARKDOWN_ATTEMPT);
    assertThat(card.toString()).contains("\\\\[click me\\\\]\\\\(https://evil.example\\\\)");
    assertThat(CardJson.buttons(card))
        .containsExactly("Intro me", "Not for me", "Pause matches for a week", "Edit profile");
    assertThat(card.toString()).contains("\"verb\":\"intro_me\"", "\"pairId\":42");
  }

  @Test
  void anAnsweredMatchShowsWhatHappenedInsteadOfItsButtons() {
    Profile partner =
        CardSamples.profile("U2", CardSamples.organisation(2, "Kindred"), "Lead", null, List.of());
    Digest digest =
        digest(List.of(new Digest.Match(42, partner, List.of("Prevention"), List.of(), List.of())));

    JsonObject card =
        accepted(
            CardMessage.of(
                DigestCard.card(digest, p -> "Ann", Map.of(42L, DigestCard.Answered.INTRO_ME)),
                "x"));

    assertThat(visible(card)).contains("You said Intro me. As soon as they say yes too");
    assertThat(CardJson.buttons(card)).containsExactly("Pause matches for a week", "Edit profile");
  }

  @Test
  void aMemberWithoutAMatchIsToldWhy() {
    Digest digest =
        new Digest(
            1,
            WEEK,
            recipient(),
            List.of(),
            Optional.of(UnmatchedReason.PARTNERS_TAKEN),
            Optional.empty());
    assertThat(visible(accepted(DigestCard.message(digest, p -> "x"))))
        .contains("🌱 The people who share your challenges were all introduced to others");
  }

  @Test
  void threeMatchesAtTheLongestFit() {
    List<Tag> tags = CardSamples.longestTags(5);
    List<String> names = tags.stream().map(Tag::name).toList();
    List<Digest.Match> matches =
        List.of(1, 2, 3).stream()
            .map(
                i ->
                    new Digest.Match(
                        i, CardSamples.longestProfile("U" + i, i, tags), names, names, names))
            .toList();

    String note = LongestData.text(CardSamples.MARKDOWN_ATTEMPT + " ", 499) + ".";
    Digest digest = digest(matches);
    Digest withNote =
        new Digest(
            digest.roundMemberId(),
            WEEK,
            digest.recipient(),
            matches,
            Optional.empty(),
            Optional.of(note));

    JsonObject card = accepted(DigestCard.message(withNote, p -> p.member().role()));

    assertThat(visible(card)).contains(tags.get(4).name()).contains(note);
  }

  private static Digest digest(List<Digest.Match> matches) {
    return new Digest(1, WEEK, recipient(), matches, Optional.empty(), Optional.empty());
  }

  private static Profile recipient() {
    return CardSamples.profile(
        "U1", CardSamples.organisation(1, "Plus Dane"), "Lead", null, List.of());
  }
}
