package org.commonground.bot.core.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.commonground.storage.members.MemberConsent;
import org.commonground.storage.members.MemberConsent.Agreement;
import org.commonground.storage.members.MemberConsent.RequestMessage;

/**
 * A member's <b>I agree</b> to the privacy notice, from whichever platform: only the current
 * version counts, and agreeing to it takes effect at once, so the next round includes them.
 */
public final class NoticeAgreements {

  /** What came of a click. */
  public sealed interface Result {
    /** Recorded now; {@code thanks} says so, with the day. */
    record Agreed(String thanks) implements Result {}

    /** They had agreed to it already (a second click, or through the profile form). */
    record AgreedBefore(String thanks) implements Result {}

    /** The button carried a version that has changed since: nothing is recorded. */
    record EarlierVersion() implements Result {}

    /** They have no profile to agree for. */
    record NotAMember() implements Result {}
  }

  private final MemberConsent consent;
  private final PrivacyNotice notice;
  private final Clock clock;
  private final ZoneId zone;

  public NoticeAgreements(MemberConsent consent, PrivacyNotice notice, Clock clock, ZoneId zone) {
    this.consent = consent;
    this.notice = notice;
    this.clock = clock;
    this.zone = zone;
  }

  public PrivacyNotice notice() {
    return notice;
  }

  /** The member clicked <b>I agree</b> on a button carrying {@code version}. */
  public Result agree(String userId, String version) {
    if (!notice.version().equals(version)) {
      return new Result.EarlierVersion();
    }
    Instant at = clock.instant();
    if (consent.agree(userId, version)) {
      return new Result.Agreed(ConsentWords.thanks(notice, at, zone));
    }
    return consent.history(userId).stream()
        .filter(agreement -> version.equals(agreement.noticeVersion()))
        .reduce((first, second) -> second)
        .map(Agreement::agreedAt)
        .<Result>map(day -> new Result.AgreedBefore(ConsentWords.thanks(notice, day, zone)))
        .orElseGet(Result.NotAMember::new);
  }

  /** Where the app last asked the member to agree, if it sent a message that can be updated. */
  public Optional<RequestMessage> requestMessage(String userId) {
    return consent.requestMessage(userId);
  }
}
