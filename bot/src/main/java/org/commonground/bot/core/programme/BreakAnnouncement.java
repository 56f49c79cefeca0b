package org.commonground.bot.core.programme;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.Eligibility;
import org.commonground.storage.settings.ProgrammeBreak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each member a round would have taken, when its run falls in a break, why there is none and
 * when the next is: once per break each, on their own platform, at its pace. Each member is claimed
 * (by the break's id, in the sent messages every replica shares) before they are told, so a second
 * run, here or on another replica, never tells them twice; a crash between the two costs that
 * member the notice, never a repeat. A run cut short by a stop is finished by the next one, which
 * tells only those not yet told.
 */
public final class BreakAnnouncement {

  /** What the notice is remembered as; its subject is the break's id. */
  public static final String KIND = "no_round";

  /** Longer than any break lasts, so that each member is told once per break. */
  private static final Duration ONCE = Duration.ofDays(400);

  private static final Logger log = LoggerFactory.getLogger(BreakAnnouncement.class);

  private final Eligibility eligibility;
  private final SentMessages sent;
  private final BreakNotices notices;
  private final StopSignal stop;

  public BreakAnnouncement(
      Eligibility eligibility, SentMessages sent, BreakNotices notices, StopSignal stop) {
    this.eligibility = eligibility;
    this.sent = sent;
    this.notices = notices;
    this.stop = stop;
  }

  /**
   * Tells the members eligible on {@code day} and not yet told of this break.
   *
   * @return how many were told
   */
  public synchronized int announce(
      ProgrammeBreak pause, LocalDate day, Optional<ZonedDateTime> nextRound) {
    String words = BreakWords.noRound(pause.reason(), nextRound);
    List<String> untold = eligibility.notSentOn(day, KIND, pause.id());
    int told = 0;
    for (String userId : untold) {
      if (stop.isRaised()) {
        break;
      }
      if (sent.claim(KIND, pause.id(), userId, ONCE) && tell(userId, words)) {
        told++;
      }
    }
    if (!untold.isEmpty()) {
      log.info("No round during break {}: told {} of {} members", pause.id(), told, untold.size());
    }
    return told;
  }

  /**
   * Tries again after a {@code 429}, which the platform's pace holds until its {@code Retry-After}
   * has passed; a refusal is not tried again.
   */
  private boolean tell(String userId, String words) {
    while (true) {
      BreakNotices.Outcome outcome = notices.tell(userId, words);
      if (!(outcome instanceof BreakNotices.Outcome.RateLimited) || stop.isRaised()) {
        return outcome instanceof BreakNotices.Outcome.Sent;
      }
    }
  }
}
