package org.commonground.bot.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user ids admins are named by, in {@code ADMIN_USER_IDS} and in the console: a Slack user id
 * such as {@code U012ABCDEF}, or a Teams person's Entra object id, a GUID.
 */
public final class UserIds {

  /** What to tell someone who typed something else. */
  public static final String HOW =
      "use ids like U012ABCDEF (in Slack: a person's profile, ⋮, Copy member ID) or, for Teams,"
          + " like "
          + Guid.EXAMPLE
          + " (in Entra: the user's Object ID)";

  private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  private UserIds() {}

  public static boolean isUserId(String id) {
    return SLACK_USER_ID.matcher(id).matches() || Guid.is(id);
  }

  /**
   * The id as the platforms send it, whatever case it was typed in: Slack's in upper case, Teams'
   * in lower case; empty if it is neither.
   */
  public static Optional<String> normalised(String typed) {
    String id = typed == null ? "" : typed.strip();
    if (Guid.is(id)) {
      return Optional.of(id.toLowerCase(Locale.ROOT));
    }
    String upper = id.toUpperCase(Locale.ROOT);
    return SLACK_USER_ID.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
  }
}
