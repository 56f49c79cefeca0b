package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.teams.cards.CardSamples.accepted;
import static org.commonground.bot.teams.cards.CardSamples.visible;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.storage.members.Profile;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.Test;

class ProfileCardTest {

  private static final List<String> PLACES = List.of("Wirral", "Sefton");

  @Test
  void aNewcomerGetsEveryFieldLabelledWithTheTagsListed() {
    List<Tag> tags = List.of(CardSamples.tag(1, "Prevention"), CardSamples.tag(2, "Civic data"));
    JsonObject card =
        accepted(ProfileCard.message(content(tags, List.of(), ProfileValues.empty(), Map.of())));

    String json = card.toString();
    for (String label :
        List.of(
            ProfileLabels.ORGANISATION,
            ProfileLabels.SECTOR,
            ProfileLabels.ROLE,
            ProfileLabels.PLACE,
            ProfileLabels.CHALLENGES,
            ProfileLabels.SUGGESTION,
            ProfileLabels.WORKING_ON,
            ProfileLabels.OFFERS,
            ProfileLabels.ASKS,
            ProfileLabels.MATCHES,
            ProfileLabels.CONSENT)) {
      assertThat(json).contains("\"label\":\"" + label + "\"");
    }
    assertThat(json).contains("Prevention").doesNotContain("Data.Query");
    assertThat(visible(card)).contains("Your name, organisation, role");
    assertThat(input(card, CardIds.MATCHES_PER_WEEK).get("value").getAsString()).isEqualTo("1");
    assertThat(json).contains("\"verb\":\"profile_submit\"");
  }

  @Test
  void aMemberEditingFindsTheirProfileFilledIn() {
    Organisation org = CardSamples.organisation(7, "Plus Dane");
    Tag prevention = CardSamples.tag(1, "Prevention");
    Profile profile =
        CardSamples.profile("U1", org, "Housing lead", "Co-design", List.of(prevention));
    ProfileValues values = ProfileValues.of(profile, CardSamples.notice().version());

    JsonObject card =
        accepted(ProfileCard.message(content(List.of(prevention), List.of(org), values, Map.of())));

    assertThat(input(card, CardIds.ORGANISATION).get("value").getAsString()).isEqualTo("7");
    assertThat(input(card, CardIds.ROLE).get("value").getAsString()).isEqualTo("Housing lead");
    assertThat(input(card, CardIds.CHALLENGES).get("value").getAsString()).isEqualTo("1");
    assertThat(input(card, CardIds.MATCHES_PER_WEEK).get("value").getAsString()).isEqualTo("2");
    assertThat(input(card, CardIds.CONSENT).get("value").getAsString())
        .isEqualTo(ProfileFields.CONSENT_VALUE);
  }

  @Test
  void aRefusedSavingShowsASummaryEachFieldsMessageAndKeepsWhatWasTyped() {
    ProfileValues typed =
        new ProfileValues(
            Optional.empty(),
            CardSamples.MARKDOWN_ATTEMPT,
            Optional.empty(),
            "Lead",
            Optional.of("Wirral"),
            List.of(),
            "",
            "",
            List.of(),
            List.of(),
            3,
            false,
            false);
    Map<String, String> errors =
        Map.of(
            CardIds.CHALLENGES,
            ProfileLabels.CHALLENGES_MISSING,
            CardIds.SECTOR,
            ProfileLabels.SECTOR_MISSING);

    JsonObject card =
        accepted(
            ProfileCard.message(
                content(List.of(CardSamples.tag(1, "Prevention")), List.of(), typed, errors)));

    assertThat(visible(card))
        .contains("Nothing is saved yet: 2 answers need another look")
        .contains(ProfileLabels.CHALLENGES_MISSING)
        .contains(ProfileLabels.SECTOR_MISSING);
    assertThat(input(card, CardIds.NEW_ORGANISATION).get("value").getAsString())
        .isEqualTo(CardSamples.MARKDOWN_ATTEMPT);
    assertThat(input(card, CardIds.MATCHES_PER_WEEK).get("value").getAsString()).isEqualTo("3");
  }

  @Test
  void atTheLongestThePickersSearchAsThePersonTypesAndTheCardFits() {
    List<Tag> tags = CardSamples.longestTags(500);
    Profile profile = CardSamples.longestProfile("U0L0000000", 0, tags.subList(0, 5));
    List<Organisation> orgs = CardSamples.longestOrganisations(100);
    ProfileValues values = ProfileValues.of(profile, CardSamples.longestNotice().version());
    JsonObject card =
        accepted(
            ProfileCard.message(
                new ProfileCard.Content(
                    tags, orgs, PLACES, values, Map.of(), true, CardSamples.longestNotice())));

    JsonObject challenges = input(card, CardIds.CHALLENGES);
    assertThat(challenges.getAsJsonObject("choices.data").get("dataset").getAsString())
        .isEqualTo(CardIds.TAGS_DATASET);
    assertThat(challenges.getAsJsonArray("choices")).hasSize(5);
    assertThat(visible(card)).contains(LongestFillerCheck.CONTROLLER_START);
  }

  @Test
  void aHundredLongestTagsAndOrganisationsAreSearchedRatherThanListedOver28Kb() {
    List<Tag> tags = CardSamples.longestTags(100);
    JsonObject card =
        accepted(
            ProfileCard.message(
                content(
                    tags, CardSamples.longestOrganisations(100), ProfileValues.empty(), Map.of())));
    assertThat(input(card, CardIds.OFFERS).has("choices.data")).isTrue();
    assertThat(input(card, CardIds.ORGANISATION).has("choices.data")).isTrue();
  }

  private static ProfileCard.Content content(
      List<Tag> tags, List<Organisation> orgs, ProfileValues values, Map<String, String> errors) {
    return new ProfileCard.Content(tags, orgs, PLACES, values, errors, false, CardSamples.notice());
  }

  static JsonObject input(JsonObject activity, String id) {
    return CardJson.body(activity).stream()
        .filter(e -> e.has("id") && e.get("id").getAsString().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no input " + id));
  }

  /** The start of the longest privacy controller's name. */
  static final class LongestFillerCheck {
    static final String CONTROLLER_START = "Controller & <!channel> 😀 <@U0FORGED> *x*";
  }
}
