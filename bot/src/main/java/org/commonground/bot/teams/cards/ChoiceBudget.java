package org.commonground.bot.teams.cards;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whether a picker's choices go in the card or come from the app as the person types. A card with
 * its choices in it works without a round trip, but Teams refuses a message over 28 KB: past 100
 * choices, or when the profile card's lists would not leave room for the rest, the typeahead takes
 * over. The tags are listed three times (challenges, offers, asks), so they give way first.
 */
final class ChoiceBudget {

  /** Most choices listed in a card, as Slack lists at most 100 options. */
  static final int MOST_LISTED = 100;

  /** Bytes the listed choices may take, leaving the rest of 28 KB to the form's other fields. */
  static final int LISTED_BYTES = 12_000;

  /** Counts as a Bot Framework client sends it, {@code &} and {@code <} escaped to six bytes. */
  private static final Gson WIRE = new Gson();

  /** What a choice costs besides its title: {@code {"title":"","value":"12345"},}. */
  private static final int PER_CHOICE = 32;

  private final int organisationBytes;
  private final int tagBytes;
  private final boolean listOrganisations;

  ChoiceBudget(List<String> organisationNames, List<String> tagNames, int tagPickers) {
    this.listOrganisations = organisationNames.size() <= MOST_LISTED;
    this.organisationBytes = listOrganisations ? bytes(organisationNames) : 0;
    this.tagBytes = tagNames.size() <= MOST_LISTED ? bytes(tagNames) * tagPickers : LISTED_BYTES;
  }

  boolean listOrganisations() {
    return listOrganisations && organisationBytes <= LISTED_BYTES;
  }

  boolean listTags() {
    return organisationBytes + tagBytes < LISTED_BYTES;
  }

  private static int bytes(List<String> titles) {
    return titles.stream()
        .mapToInt(t -> WIRE.toJson(t).getBytes(StandardCharsets.UTF_8).length + PER_CHOICE)
        .sum();
  }
}
