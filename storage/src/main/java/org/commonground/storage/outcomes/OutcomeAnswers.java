package org.commonground.storage.outcomes;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Answers to "What came of it?", asked once of a member after they said they met: the first answer
 * stands, and a second one for the same introduction is ignored. For the network's reports: how
 * many of each kind, and the stories their members let the admins share.
 */
public final class OutcomeAnswers {

  private final Jdbi jdbi;

  public OutcomeAnswers(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Records the answer of the member with {@code userId} to the "What came of it?" that followed
   * their yes to the "Did you meet?" question {@code questionId}; false, recording nothing, when
   * that question isn't theirs, wasn't answered yes, or has its answer already.
   */
  public boolean record(long questionId, String userId, OutcomeAnswer answer, Instant at) {
    return jdbi.inTransaction(
        handle -> {
          OutcomeRepository outcomes = handle.attach(OutcomeRepository.class);
          return outcomes.lock(questionId).isPresent()
              && outcomes.record(questionId, userId, answer, at) == 1;
        });
  }

  /** What the member answered after their yes to question {@code questionId}, if they have. */
  public Optional<OutcomeAnswer> find(long questionId, String userId) {
    return jdbi.withExtension(OutcomeRepository.class, o -> o.find(questionId, userId));
  }

  /** Answers given in [{@code from}, {@code until}), one count per kind in order, zeros too. */
  public List<KindCount> counts(Instant from, Instant until) {
    Map<OutcomeKind, Integer> counted = new EnumMap<>(OutcomeKind.class);
    jdbi.withExtension(OutcomeRepository.class, o -> o.counts(from, until))
        .forEach(count -> counted.put(count.kind(), count.count()));
    return List.of(OutcomeKind.values()).stream()
        .map(kind -> new KindCount(kind, counted.getOrDefault(kind, 0)))
        .toList();
  }

  /** The stories shared with the admins, told in [{@code from}, {@code until}), newest first. */
  public List<SharedStory> sharedStories(Instant from, Instant until) {
    return jdbi.withExtension(OutcomeRepository.class, o -> o.sharedStories(from, until));
  }
}
