package org.commonground.bot.rounds;

import java.util.Optional;
import java.util.function.ToIntFunction;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.storage.rounds.DeliveryRepository;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.jdbi.v3.core.Jdbi;

/** The latest round's figures for the metrics, read from the database each time they are asked. */
public final class RoundFigures {

  private final Jdbi jdbi;
  private final RoundStore rounds;

  public RoundFigures(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.rounds = new RoundStore(jdbi);
  }

  public void reportTo(AppMetrics metrics) {
    metrics.watchLatestRound(
        () -> ofLatest(Round::eligible),
        () -> ofLatest(Round::matched),
        () -> ofLatest(r -> jdbi.onDemand(DeliveryRepository.class).counts(r.id()).pending()));
  }

  private int ofLatest(ToIntFunction<Round> figure) {
    Optional<Round> latest = rounds.latest();
    return latest.map(figure::applyAsInt).orElse(0);
  }
}
