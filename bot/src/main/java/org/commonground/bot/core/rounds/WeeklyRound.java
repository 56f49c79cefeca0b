package org.commonground.bot.core.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This week's round: computed once, then every digest delivered. */
public final class WeeklyRound {

  private static final Logger log = LoggerFactory.getLogger(WeeklyRound.class);

  /** A round and what its delivery achieved. */
  public record Outcome(Round round, DigestDelivery.Report delivery) {}

  private final RoundStore rounds;
  private final Deliveries deliveries;
  private final RoundPlanner planner;
  private final DigestDelivery delivery;
  private final AutoPause autoPause;
  private final ZoneId zone;
  private final Clock clock;
  private final AppMetrics metrics;

  public WeeklyRound(
      RoundStore rounds,
      Deliveries deliveries,
      RoundPlanner planner,
      DigestDelivery delivery,
      AutoPause autoPause,
      ZoneId zone,
      Clock clock,
      AppMetrics metrics) {
    this.rounds = rounds;
    this.deliveries = deliveries;
    this.planner = planner;
    this.delivery = delivery;
    this.autoPause = autoPause;
    this.zone = zone;
    this.clock = clock;
    this.metrics = metrics;
  }

  public Week currentWeek() {
    return Week.containing(LocalDate.ofInstant(clock.instant(), zone));
  }

  public RoundPlanner planner() {
    return planner;
  }

  public AutoPause autoPause() {
    return autoPause;
  }

  /**
   * Computes this week's round if needed, first pausing members who stopped answering so they are
   * left out, and delivers what is not delivered yet.
   */
  public Outcome run() {
    long start = System.nanoTime();
    Week week = currentWeek();
    if (rounds.find(week.label()).isEmpty()) {
      autoPause.pauseBefore(week);
    }
    Round round = planner.roundFor(week);
    DigestDelivery.Report report = deliver(round);
    metrics.roundRan(Duration.ofNanos(System.nanoTime() - start));
    log.info(
        "Round {}: {} sent, {} recovered after a crash, {} failed, {} still to send",
        round.week(),
        report.sent(),
        report.recovered(),
        report.failed(),
        report.left());
    return new Outcome(round, report);
  }

  /** Finishes the latest round's delivery if anything is left, e.g. after a crash. */
  public Optional<Outcome> resumeLatest() {
    Optional<Round> latest = rounds.latest();
    if (latest.isEmpty() || deliveries.counts(latest.get().id()).pending() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Outcome(latest.get(), deliver(latest.get())));
  }

  private DigestDelivery.Report deliver(Round round) {
    DigestDelivery.Report report = delivery.deliver(round);
    metrics.digests(report.sent() + report.recovered(), report.failed());
    return report;
  }
}
