package org.commonground.bot.core.rounds;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.storage.rounds.AutoPauses;
import org.commonground.storage.rounds.QuietMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses members who answered none of their matches for three rounds in a row, just before the next
 * round is computed, and tells them with a one-click way back. Pausing is the ordinary pause of App
 * Home, until they resume, so App Home shows it and its <b>Resume now</b> undoes it.
 */
public final class AutoPause {

  private static final Logger log = LoggerFactory.getLogger(AutoPause.class);

  private final AutoPauses pauses;
  private final MemberSettings settings;
  private final AutoPauseNotices notices;
  private final Executor background;

  public AutoPause(
      AutoPauses pauses, MemberSettings settings, AutoPauseNotices notices, Executor background) {
    this.pauses = pauses;
    this.settings = settings;
    this.notices = notices;
    this.background = background;
  }

  /** Pauses and tells the members silent before {@code week}'s round; once per week each. */
  public int pauseBefore(Week week) {
    List<QuietMember> silent = pauses.silentBefore(week.number(), week.monday());
    int paused = 0;
    for (QuietMember member : silent) {
      if (pauses.pauseUntilResumed(member.id(), week.number(), week.monday())) {
        notices.paused(member.userId(), week);
        paused++;
      }
    }
    log.info(
        "Round {}: paused {} members who answered none of their last matches",
        week.label(),
        paused);
    return paused;
  }

  /**
   * <b>Keep me in</b>: resumes the member and says so in place of the button, in their own DM about
   * the week the button names.
   */
  public void keepIn(String userId, Optional<Long> week) {
    String notice = settings.resume(userId);
    week.ifPresent(number -> background.execute(() -> notices.keptIn(userId, number, notice)));
  }
}
