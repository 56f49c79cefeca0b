package org.commonground.storage.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.Headcount;
import org.commonground.storage.rounds.NewRound;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;
import org.jdbi.v3.core.Jdbi;

/** Members and delivered rounds written straight through storage, for tests about their history. */
public final class StoredRounds {

  private final Jdbi jdbi;
  private final Clock clock;

  public StoredRounds(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A member of their own organisation, holding the first active tag; returns their id. */
  public long member(String userId) {
    int tag = new TagCatalogue(jdbi, clock).active().get(0).id();
    return new ProfileStore(jdbi, clock)
        .save(Profiles.draft(userId, "Org of " + userId, List.of(tag), List.of()))
        .profile()
        .member()
        .id();
  }

  /** A pair for {@link #delivered}. */
  public static long[] pair(long a, long b) {
    return new long[] {a, b};
  }

  /**
   * Stores the round of week {@code weekNumber} with these pairs and unmatched members, and marks
   * every digest in it sent.
   */
  public Round delivered(long weekNumber, List<long[]> pairs, long... unmatched) {
    Round round = stored(weekNumber, pairs, unmatched);
    Deliveries deliveries = new Deliveries(jdbi);
    for (RoundMember member : new RoundStore(jdbi).members(round.id())) {
      deliveries.markSent(member.id(), "D" + member.memberId(), "1.1", clock.instant());
    }
    return round;
  }

  /** Stores the round of week {@code weekNumber}, with every digest in it still to send. */
  public Round stored(long weekNumber, List<long[]> pairs, long... unmatched) {
    List<NewRound.NewPair> newPairs = new ArrayList<>();
    List<NewRound.NewRoundMember> members = new ArrayList<>();
    for (long[] pair : pairs) {
      newPairs.add(new NewRound.NewPair(pair[0], pair[1], 1, List.of(1), List.of(), List.of()));
      members.add(new NewRound.NewRoundMember(pair[0], null));
      members.add(new NewRound.NewRoundMember(pair[1], null));
    }
    for (long id : unmatched) {
      members.add(new NewRound.NewRoundMember(id, "PARTNERS_TAKEN"));
    }
    return new RoundStore(jdbi)
        .storeOnce(
            new NewRound(
                "W" + weekNumber,
                weekNumber,
                clock.instant(),
                members.size(),
                members.size(),
                2 * pairs.size(),
                new Headcount(members.size(), 0),
                pairs.size(),
                newPairs,
                members.stream().distinct().toList(),
                Optional.empty()));
  }
}
