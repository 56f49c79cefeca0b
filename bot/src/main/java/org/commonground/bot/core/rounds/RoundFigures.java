package org.commonground.bot.core.rounds;

import java.util.Optional;
import java.util.function.ToIntFunction;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;

/** The latest round's figures for the metrics, read from the database each time they are asked. */
public final class RoundFigures {

  private final RoundStore rounds;

  public RoundFigures(RoundStore rounds) {
    this.rounds = rounds;
  }

  public void reportTo(AppMetrics metrics) {
    metrics.watchLatestRound(
        () -> ofLatest(Round::eligible),
        () -> ofLatest(Round::matched),
        () -> ofLatest(r -> rounds.deliveryCounts(r.id()).pending()));
  }

  private int ofLatest(ToIntFunction<Round> figure) {
    Optional<Round> latest = rounds.latest();
    return latest.map(figure::applyAsInt).orElse(0);
  }
}
