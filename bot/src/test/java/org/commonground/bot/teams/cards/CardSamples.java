package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.testing.AdaptiveCardCheck;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.LongestData;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagStatus;

/**
 * Data for the card tests, ordinary or at the longest the app accepts, built without a database.
 */
final class CardSamples {

  /** Typed by a member who would like to add a link and formatting of their own. */
  static final String MARKDOWN_ATTEMPT =
      "[click me](https://evil.example) **bold** _it_ {{DATE(x)}}";

  static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private CardSamples() {}

  static PrivacyNotice notice() {
    return PrivacyNotice.of(Settings.fromEnvironment(Map.of()));
  }

  static PrivacyNotice longestNotice() {
    return PrivacyNotice.of(Settings.fromEnvironment(LongestData.privacySettings()));
  }

  static Tag tag(int id, String name) {
    return new Tag(id, name, "Theme", "About " + name, TagStatus.ACTIVE);
  }

  static List<Tag> longestTags(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Tag(
                    i + 1,
                    LongestData.text("Tag " + i + " ", LongestData.TAG_NAME),
                    LongestData.text("Theme " + (i % 60) + " ", LongestData.TAG_THEME),
                    LongestData.text("About " + i + " ", LongestData.TAG_DESCRIPTION),
                    TagStatus.ACTIVE))
        .toList();
  }

  static Organisation organisation(long id, String name) {
    return new Organisation(id, name, Sector.VCFSE, true, "U0ADMIN", NOW);
  }

  static List<Organisation> longestOrganisations(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> organisation(i + 1, LongestData.organisationName(i)))
        .toList();
  }

  static Profile profile(
      String userId, Organisation organisation, String role, String workingOn, List<Tag> tags) {
    Member member =
        new Member(
            organisation.id() * 100,
            userId,
            organisation.id(),
            Sector.HOUSING,
            role,
            "Wirral",
            workingOn,
            2,
            true,
            notice().version(),
            NOW,
            null,
            false,
            NOW,
            NOW);
    return new Profile(member, organisation, tags, tags, tags);
  }

  static Profile longestProfile(String userId, int organisation, List<Tag> tags) {
    return profile(
        userId,
        organisation(organisation + 1, LongestData.organisationName(organisation)),
        LongestData.text("Role " + userId + " ", LongestData.ROLE),
        LongestData.text("Working on " + userId + " ", LongestData.WORKING_ON),
        tags);
  }

  /**
   * What a person reads on the card (texts, facts, labels, button titles and filled-in values),
   * with bold marks and escapes undone as Teams renders them.
   */
  static String visible(JsonObject activity) {
    return CardText.of(CardJson.card(activity));
  }

  /** Asserts Teams would take the message, and gives it back. */
  static JsonObject accepted(JsonObject activity) {
    AdaptiveCardCheck.assertAccepted(activity);
    return activity;
  }
}
