package org.commonground.bot.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.commonground.storage.members.MemberRepository;
import org.jdbi.v3.core.Jdbi;

/** Pausing introductions for a while; rounds skip a member until the day after the pause. */
public final class Pauses {

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;

  public Pauses(Jdbi jdbi, Clock clock, ZoneId zone) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
  }

  /** Pauses the member for a week; the last paused day, or empty if they are not a member. */
  public Optional<LocalDate> pauseForAWeek(String slackUserId) {
    LocalDate until = LocalDate.ofInstant(clock.instant(), zone).plusWeeks(1);
    int updated =
        jdbi.onDemand(MemberRepository.class).pauseUntil(slackUserId, until, clock.instant());
    return updated == 0 ? Optional.empty() : Optional.of(until);
  }
}
