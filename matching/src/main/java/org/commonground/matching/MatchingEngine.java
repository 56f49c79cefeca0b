package org.commonground.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Forms one week's introductions.
 *
 * <p>Candidates come from an inverted index of tags: each member keeps its best {@link
 * MatchingWeights#candidatesPerMember()} allowed partners, found without ever enumerating all
 * pairs. On the resulting sparse graph a greedy b-matching (best pair first, within everyone's cap)
 * is refined by short alternating moves until no move raises the total score; see {@link
 * LocalImprover}. The result depends only on the participants (not their order), the history, the
 * weights and the week seed.
 *
 * <p>Instances are immutable and thread-safe; one call uses the common fork-join pool to search
 * candidates, score them, and compute and place auction bids in parallel, always with the same
 * result.
 */
public final class MatchingEngine {
  private final MatchingWeights weights;

  /** An engine scoring with {@code weights}. */
  public MatchingEngine(MatchingWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** An engine with {@link MatchingWeights#DEFAULTS}. */
  public MatchingEngine() {
    this(MatchingWeights.DEFAULTS);
  }

  /**
   * Pairs this week's participants.
   *
   * @param participants everyone in the round, including those who want no match this week; ids
   *     must be unique
   * @param history pairs that must not be formed again now
   * @param weekSeed breaks ties; use a value derived from the week (e.g. its ISO week number) so
   *     that a preview and the real run agree and ties fall differently from week to week
   * @throws IllegalArgumentException if two participants share an id
   */
  public WeeklyPairing pair(List<Participant> participants, MatchHistory history, long weekSeed) {
    requireUniqueIds(participants);
    PreparedWeek week = PreparedWeek.of(participants, history, weights, weekSeed);
    BMatching matching = match(week, weekSeed, true);
    return new WeekResultBuilder(week.network(), week.candidates(), matching).build(participants);
  }

  /**
   * Pairs a prepared week: the auction solves the bipartite relaxation, greedy rounds it (edges the
   * relaxation used both ways first), and local moves polish the result. {@code improve = false}
   * gives the plain greedy baseline that benchmarks compare against.
   */
  static BMatching match(PreparedWeek week, long weekSeed, boolean improve) {
    CandidateGraph graph = week.graph();
    int[] caps = week.network().caps;
    if (!improve) {
      return GreedyMatcher.match(graph, caps, weekSeed);
    }
    byte[] tiers = new CoverAuction(graph, caps).directionsUsed();
    BMatching matching = GreedyMatcher.match(graph, caps, weekSeed, tiers);
    new LocalImprover(matching).run(unsettled(tiers, matching));
    return matching;
  }

  /**
   * Members where rounding had to decide: on an edge the relaxation used one way only, on one it
   * used both ways but rounding could not keep, or with room left. Elsewhere the relaxation was
   * already integral, so starting local moves here saves most of their time and loses nothing
   * measurable.
   */
  private static boolean[] unsettled(byte[] tiers, BMatching matching) {
    CandidateGraph graph = matching.graph();
    boolean[] unsettled = new boolean[graph.vertexCount()];
    for (int e = 0; e < graph.edgeCount(); e++) {
      if (tiers[e] == 1 || (tiers[e] == 2) != matching.contains(e)) {
        unsettled[graph.from(e)] = true;
        unsettled[graph.to(e)] = true;
      }
    }
    for (int v = 0; v < unsettled.length; v++) {
      unsettled[v] |= matching.hasRoom(v);
    }
    return unsettled;
  }

  private static void requireUniqueIds(List<Participant> participants) {
    Set<Long> seen = new HashSet<>();
    for (Participant participant : participants) {
      if (!seen.add(participant.id())) {
        throw new IllegalArgumentException("duplicate participant id " + participant.id());
      }
    }
  }
}
