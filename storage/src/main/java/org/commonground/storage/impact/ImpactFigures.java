package org.commonground.storage.impact;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The network's impact, for the convenor to show a board and funders: exact counts, which whoever
 * shows them suppresses where they are about too few people. Each method is one transaction, so the
 * figures of one read agree with each other.
 */
public final class ImpactFigures {

  /** The last rounds, oldest first: who took part, how they answered, and who met. */
  public record Weekly(
      List<RoundParticipation> participation,
      List<RoundResponses> responses,
      List<WeekMeetings> meetings) {}

  /**
   * Introductions made in a period: between which organisations and sectors, how many can no longer
   * be placed (a member has left, or the round was anonymised), the organisations with members that
   * had none across sectors, and every active challenge with its holders and introductions.
   */
  public record Period(
      List<IntroductionLink> links,
      int unattributed,
      List<Organisation> withoutCrossSectorIntroduction,
      List<ChallengeReach> challenges) {}

  private final Jdbi jdbi;

  public ImpactFigures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The last {@code rounds} rounds. */
  public Weekly weekly(int rounds) {
    return jdbi.inTransaction(
        handle -> {
          WeeklyImpactRepository weekly = handle.attach(WeeklyImpactRepository.class);
          return new Weekly(
              weekly.participation(rounds), weekly.responses(rounds), weekly.meetings(rounds));
        });
  }

  /** Introductions made from {@code from} up to, not including, {@code before}. */
  public Period period(Instant from, Instant before) {
    return jdbi.inTransaction(
        handle -> {
          PeriodImpactRepository period = handle.attach(PeriodImpactRepository.class);
          return new Period(
              period.links(from, before),
              period.unattributed(from, before),
              period.withoutCrossSectorIntroduction(from, before),
              challenges(handle, from, before));
        });
  }

  private static List<ChallengeReach> challenges(Handle handle, Instant from, Instant before) {
    PeriodImpactRepository period = handle.attach(PeriodImpactRepository.class);
    Map<Integer, Map<Sector, Integer>> holders = new HashMap<>();
    for (PeriodImpactRepository.Holders row : period.holders()) {
      holders
          .computeIfAbsent(row.tagId(), id -> new EnumMap<>(Sector.class))
          .put(row.sector(), row.holders());
    }
    Map<Integer, Integer> introductions = new HashMap<>();
    for (PeriodImpactRepository.TagIntroductions row :
        period.introductionsByChallenge(from, before)) {
      introductions.put(row.tagId(), row.introductions());
    }
    return period.activeChallenges().stream()
        .map(
            tag ->
                new ChallengeReach(
                    tag.id(),
                    tag.name(),
                    holders.getOrDefault(tag.id(), Map.of()),
                    introductions.getOrDefault(tag.id(), 0)))
        .toList();
  }
}
