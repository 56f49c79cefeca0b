package org.commonground.bot.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.commonground.bot.config.PrivacySettings;
import org.commonground.storage.Database;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestions;
import org.commonground.storage.testing.BulkProfiles;

/**
 * A network filled to the longest the app accepts: every name, role and text at its maximum length,
 * made of what costs most once escaped or counted ({@code &}, {@code <}, emoji, a would-be {@code
 * <!channel>}). Tests put it on a surface and the strict fake Slack says whether Slack would take
 * it.
 */
public final class LongestData {

  public static final int TAG_NAME = 80;
  public static final int TAG_THEME = 60;
  public static final int TAG_DESCRIPTION = 300;
  public static final int ORGANISATION_NAME = 120;
  public static final int ROLE = 150;
  public static final int WORKING_ON = 500;
  public static final int SUGGESTION = 80;
  public static final int MOST_CHALLENGES = 5;

  /** What every long text is made of: escaping turns each {@code &} and {@code <} into five. */
  private static final String FILLER = "& <!channel> 😀 <@U0FORGED> *x* ";

  private static final String ACTOR = "U0ADMIN";

  private final Database database;
  private final Clock clock;
  private final String noticeVersion;

  /** Data for the app on {@code database}, whose members agreed to notice {@code noticeVersion}. */
  public LongestData(Database database, Clock clock, String noticeVersion) {
    this.database = database;
    this.clock = clock;
    this.noticeVersion = noticeVersion;
  }

  /**
   * The longest privacy-notice settings the app accepts, as environment variables: a controller and
   * contact full of what escaping multiplies, and an address full of {@code &}.
   */
  public static Map<String, String> privacySettings() {
    StringBuilder url = new StringBuilder("https://example.org/privacy?");
    while (url.length() < PrivacySettings.NOTICE_URL_MAX) {
      url.append("a=1&");
    }
    url.setLength(PrivacySettings.NOTICE_URL_MAX);
    return Map.of(
        "PRIVACY_CONTROLLER", text("Controller ", PrivacySettings.CONTROLLER_MAX),
        "PRIVACY_CONTACT", text("Contact ", PrivacySettings.CONTACT_MAX),
        "PRIVACY_NOTICE_URL", url.toString());
  }

  /**
   * Exactly {@code length} characters starting with {@code start} (which keeps names distinct),
   * never ending in half an emoji.
   */
  public static String text(String start, int length) {
    StringBuilder text = new StringBuilder(start);
    while (text.length() < length) {
      text.append(FILLER);
    }
    text.setLength(length);
    if (Character.isHighSurrogate(text.charAt(length - 1))) {
      text.setCharAt(length - 1, '&');
    }
    return text.toString();
  }

  /**
   * {@code count} active tags with the longest names and descriptions, in {@code themes} themes.
   */
  public List<Tag> tags(int count, int themes) {
    TagCatalogue catalogue = new TagCatalogue(database.jdbi(), clock);
    List<Tag> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add(
          catalogue.add(
              ACTOR,
              text("Tag " + i + " ", TAG_NAME),
              text("Theme " + (i % themes) + " ", TAG_THEME),
              text("About " + i + " ", TAG_DESCRIPTION)));
    }
    return added;
  }

  /** Pending suggestions of the longest names, one from each of {@code count} members. */
  public void suggestions(int count) {
    TagSuggestions suggestions = new TagSuggestions(database.jdbi(), clock, MOST_CHALLENGES);
    IntStream.range(0, count)
        .forEach(i -> suggestions.suggest(member(i), text("Suggestion " + i + " ", SUGGESTION)));
  }

  /**
   * Introduces {@code userId} in their own organisation of the longest name, with the longest role
   * and "working on", on {@code challenges} (at most five), offering and asking for the same, and
   * wanting three matches a week.
   */
  public void introduce(String userId, int organisation, List<Tag> challenges) {
    List<Integer> ids = challenges.stream().map(Tag::id).toList();
    new ProfileStore(database.jdbi(), clock)
        .save(
            new ProfileDraft(
                userId,
                new OrganisationChoice.New(organisationName(organisation)),
                Sector.VCFSE,
                text("Role " + userId + " ", ROLE),
                "Wirral",
                text("Working on " + userId + " ", WORKING_ON),
                3,
                ids,
                ids,
                ids,
                true,
                noticeVersion));
  }

  /**
   * Introduces {@code count} members at once, as {@link #introduce} does one by one, each with five
   * of {@code tags} picked by {@code random}.
   */
  public void introduceMany(int count, List<Tag> tags, Random random) {
    List<BulkProfiles.Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Integer> challenges =
          random
              .ints(0, tags.size())
              .distinct()
              .limit(MOST_CHALLENGES)
              .mapToObj(n -> tags.get(n).id())
              .toList();
      String user = member(i);
      rows.add(
          new BulkProfiles.Row(
              user,
              organisationName(i),
              text("Role " + user + " ", ROLE),
              text("Working on " + user + " ", WORKING_ON),
              3,
              challenges));
    }
    BulkProfiles.introduce(database.jdbi(), rows, noticeVersion, clock.instant());
  }

  public static String organisationName(int n) {
    return text("Organisation " + n + " ", ORGANISATION_NAME);
  }

  public static String member(int n) {
    return String.format("U0L%07d", n);
  }
}
