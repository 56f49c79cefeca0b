package org.commonground.bot.slack.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.members.MemberConsent;

/**
 * A member agreeing to the privacy notice with <b>I agree</b>, in the DM that asked them or in App
 * Home: it is kept in their consent history and takes effect at once, so the next round includes
 * them. The DM the app sent is updated, never a message a click names.
 */
public final class NoticeAgreement {

  static final String EARLIER_VERSION =
      ":memo: That was an earlier version of the privacy notice, which has changed since. Here is"
          + " the current one: agree to it below to stay in the weekly introductions.";

  private final MemberConsent consent;
  private final PrivacyNotice notice;
  private final Poster poster;
  private final BiConsumer<String, Optional<String>> publishHome;
  private final Clock clock;
  private final ZoneId zone;
  private final Executor background;

  /**
   * @param publishHome republishes a member's App Home, with a line at the top if given
   */
  public NoticeAgreement(
      MemberConsent consent,
      PrivacyNotice notice,
      Poster poster,
      BiConsumer<String, Optional<String>> publishHome,
      Clock clock,
      ZoneId zone,
      Executor background) {
    this.consent = consent;
    this.notice = notice;
    this.poster = poster;
    this.publishHome = publishHome;
    this.clock = clock;
    this.zone = zone;
    this.background = background;
  }

  /** The member clicked <b>I agree</b> on a button carrying {@code version}. */
  public void agree(String userId, String version) {
    if (!notice.version().equals(version)) {
      publishHome.accept(userId, Optional.of(EARLIER_VERSION));
      return;
    }
    Instant at = clock.instant();
    if (!consent.agree(userId, version)) {
      // No profile, or they agreed already (a second click, or through the profile form).
      publishHome.accept(userId, Optional.empty());
      return;
    }
    publishHome.accept(userId, Optional.of(ConsentRequestDm.thanks(notice, at, zone)));
    consent
        .requestMessage(userId)
        .ifPresent(
            dm ->
                background.execute(
                    () ->
                        poster.update(
                            dm.channel(),
                            dm.ts(),
                            ConsentRequestDm.TEXT,
                            ConsentRequestDm.agreed(notice, at, zone))));
  }
}
