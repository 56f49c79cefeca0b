package org.commonground.bot.core.introduce;

import org.commonground.storage.tags.TagSuggestions;

/**
 * The profile form's words: labels, hints and placeholders, the same on every chat platform's form.
 */
public final class ProfileLabels {

  public static final String TITLE = "Introduce yourself";
  public static final String INTRO =
      "Tell the network what you work on. Each week Common Ground introduces you to people *from"
          + " other organisations* who share your challenges.";
  public static final String ORGANISATION = "Organisation";
  public static final String ORGANISATION_PICK = "Pick your organisation";
  public static final String ORGANISATION_FIND = "Type to find your organisation";
  public static final String NEW_ORGANISATION = "…or add your organisation";
  public static final String NEW_ORGANISATION_HINT = "Only if it isn't in the list above";
  public static final String ONLY_ORGANISATION_HINT = "Its full name, e.g. Wirral Council";
  public static final String NEW_ORGANISATION_PLACEHOLDER = "Full name, e.g. Sefton Council";
  public static final String SECTOR = "Sector";
  public static final String SECTOR_PLACEHOLDER = "Pick a sector";
  public static final String ROLE = "Role";
  public static final String ROLE_PLACEHOLDER = "e.g. Commissioning manager, adult social care";
  public static final String PLACE = "Place";
  public static final String PLACE_PLACEHOLDER = "Where most of your work happens";
  public static final String CHALLENGES = "Challenges you're working on";
  public static final String CHALLENGES_HINT =
      "Pick 1 to 5. These decide who you're introduced to.";
  public static final String CHALLENGES_PLACEHOLDER = "Pick your challenges";
  public static final String SUGGESTION = "Suggest a challenge that's missing";
  public static final String SUGGESTION_HINT =
      "The network's admins will look at it and let you know.";
  public static final String SUGGESTION_PLACEHOLDER = "e.g. Fuel poverty";
  public static final String WORKING_ON = "What are you working on right now?";
  public static final String WORKING_ON_PLACEHOLDER =
      "A sentence or two your matches will read first";
  public static final String OFFERS = "I can offer help with";
  public static final String ASKS = "I'm looking for help with";
  public static final String OFFERS_OR_ASKS_PLACEHOLDER = "Optional: up to 5";
  public static final String MATCHES = "Matches per week";
  public static final String MATCHES_PLACEHOLDER = "How many a week";
  public static final String CONSENT = "Consent";
  public static final String SHARE = "Say hello";
  public static final String SAVE = "Save";

  /** What a required field says when left empty. */
  public static final String SECTOR_MISSING = "Pick the sector your organisation is in.";

  public static final String ROLE_MISSING = "Please tell us your role.";
  public static final String PLACE_MISSING = "Pick the place where most of your work happens.";
  public static final String CHALLENGES_MISSING = "Pick at least one challenge you work on.";
  public static final String MATCHES_MISSING =
      "Pick how many people you'd like to meet each week (0 to 3).";
  public static final String CONSENT_MISSING =
      "We can only introduce you to people if you agree to share your profile with them.";

  private ProfileLabels() {}

  /** How each choice of matches per week reads, from 0 to 3. */
  public static String matchesPerWeek(int count) {
    return count == 0 ? "0 – no matches for now" : count + " a week";
  }

  public static final String TOO_MANY_SUGGESTIONS =
      "You have "
          + TagSuggestions.PENDING_PER_MEMBER
          + " suggestions waiting for an admin. We'll tell you when they're decided; until then,"
          + " clear this box to save the rest of your profile.";
}
