package org.commonground.bot.rounds;

import java.util.List;
import java.util.concurrent.Executor;
import org.commonground.bot.home.MemberSettings;
import org.commonground.bot.slack.ClickedMessage;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.members.MemberStatusRepository;
import org.commonground.storage.rounds.AutoPauseRepository;
import org.commonground.storage.rounds.AutoPauseRepository.QuietMember;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses members who answered none of their matches for three rounds in a row, just before the next
 * round is computed, and tells them with a one-click way back. Pausing is the ordinary pause of App
 * Home, until they resume, so App Home shows it and its <b>Resume now</b> undoes it.
 */
public final class AutoPause {

  private static final Logger log = LoggerFactory.getLogger(AutoPause.class);

  private final Jdbi jdbi;
  private final MemberSettings settings;
  private final DirectMessages messages;
  private final Poster poster;
  private final Executor background;

  public AutoPause(
      Jdbi jdbi,
      MemberSettings settings,
      DirectMessages messages,
      Poster poster,
      Executor background) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.messages = messages;
    this.poster = poster;
    this.background = background;
  }

  /** Pauses and tells the members silent before {@code week}'s round; once per week each. */
  public int pauseBefore(Week week) {
    AutoPauseRepository repository = jdbi.onDemand(AutoPauseRepository.class);
    List<QuietMember> silent = repository.silentBefore(week.number(), week.monday());
    int paused = 0;
    for (QuietMember member : silent) {
      if (repository.pause(
              member.id(), week.number(), week.monday(), MemberStatusRepository.UNTIL_RESUMED)
          == 1) {
        messages.post(member.slackUserId(), AutoPauseMessage.TEXT, AutoPauseMessage.blocks());
        paused++;
      }
    }
    log.info(
        "Round {}: paused {} members who answered none of their last matches",
        week.label(),
        paused);
    return paused;
  }

  /** <b>Keep me in</b>: resumes the member and says so in place of the button. */
  public void keepIn(String slackUserId, ClickedMessage clicked) {
    String notice = settings.resume(slackUserId);
    if (clicked.channel() == null || clicked.ts() == null) {
      return;
    }
    background.execute(
        () ->
            poster.update(
                clicked.channel(), clicked.ts(), notice, AutoPauseMessage.keptIn(notice)));
  }
}
