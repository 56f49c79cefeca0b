package org.commonground.bot.core.consent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a member is told about agreeing to a new privacy notice, the same on every platform: in
 * Slack's mrkdwn, which each other platform carries across into its own.
 */
public final class ConsentWords {

  /** What notifications show of the request. */
  public static final String REQUEST = "Please agree to Common Ground's updated privacy notice";

  /** Why a member who has not agreed yet gets no introductions. */
  public static final String ON_HOLD =
      ":memo: *We've updated our privacy notice.* Until you agree to it you're left out of the"
          + " weekly introductions, and nobody is matched with you.";

  /** The answer to <b>I agree</b> on a request for a notice that has changed since. */
  public static final String EARLIER_VERSION =
      ":memo: That was an earlier version of the privacy notice, which has changed since. Here is"
          + " the current one: agree to it below to stay in the weekly introductions.";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private ConsentWords() {}

  /** One line saying the member agreed on the day of {@code at}, and is back in. */
  public static String thanks(PrivacyNotice notice, Instant at, ZoneId zone) {
    return ":white_check_mark: *Thank you.* You agreed to privacy notice `"
        + notice.version()
        + "` on "
        + at.atZone(zone).format(DAY)
        + ": you're back in the weekly introductions.";
  }
}
