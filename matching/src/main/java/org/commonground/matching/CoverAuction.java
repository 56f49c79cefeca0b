package org.commonground.matching;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Solves the bipartite relaxation of the b-matching by an auction, as a guide for rounding.
 *
 * <p>In the relaxation every member has {@code cap} proposal slots and {@code cap} acceptance
 * slots; a proposal slot may take an acceptance slot of any neighbour (at most one per neighbour),
 * earning the edge weight. An edge used in both directions counts fully, in one direction half.
 * This is a bipartite problem, which an auction solves almost exactly (Bertsekas), and on these
 * networks its value is within about 0.1 % of the true optimum, whereas greedy pairing followed by
 * local moves stalls about 2 % short: the difference consists of alternating paths hundreds of
 * edges long.
 *
 * <p>A proposal slot values each neighbour's cheapest acceptance slot at weight minus price, and
 * staying unpaired at 0; it bids for its best option, raising the price by its margin over the
 * second-best plus {@code epsilon}. Epsilon shrinks in phases, so early phases set prices coarsely
 * and later ones refine them.
 */
final class CoverAuction {
  private static final double FINAL_EPSILON_SHARE = 1e-3;
  private static final double SCALING = 6;
  // Rounds smaller than this bid one by one: a parallel round would not repay its overhead.
  private static final int PARALLEL_ROUND = 1024;
  private static final int CHUNK = 128;
  // Placing a round's bids is split by the neighbour bid for, in this many parts.
  private static final int PLACERS = 4;
  private static final int OUTDATED = -2;

  private final CandidateGraph graph;
  private final int[] slotStart;
  private final int[] owner;
  private final double[] price;
  private final int[] holder;
  private final int[] held;
  private final WorkQueue bidders;
  private final int[] cheapestSlot;
  private final double[] cheapestPrice;
  private final int[] taken = new int[Participant.MAX_MATCHES];
  private final int[] batch;
  private final int[] bidFor;
  private final double[] bidPrice;
  private final double[] priceSeen;
  private final int[] outcome;
  private double epsilon;

  CoverAuction(CandidateGraph graph, int[] caps) {
    this.graph = graph;
    slotStart = new int[caps.length + 1];
    for (int v = 0; v < caps.length; v++) {
      slotStart[v + 1] = slotStart[v] + caps[v];
    }
    int slots = slotStart[caps.length];
    owner = new int[slots];
    for (int v = 0; v < caps.length; v++) {
      Arrays.fill(owner, slotStart[v], slotStart[v + 1], v);
    }
    price = new double[slots];
    holder = new int[slots];
    Arrays.fill(holder, -1);
    held = new int[slots];
    Arrays.fill(held, -1);
    bidders = new WorkQueue(slots);
    // One entry per waiting proposal, and a last one for bidding one by one.
    batch = new int[slots];
    bidFor = new int[slots + 1];
    bidPrice = new double[slots + 1];
    priceSeen = new double[slots + 1];
    outcome = new int[slots];
    cheapestSlot = new int[caps.length];
    cheapestPrice = new double[caps.length];
  }

  /** For every edge, how many of its two directions the relaxation uses: 0, 1 or 2. */
  byte[] directionsUsed() {
    double maxWeight = 0;
    double sum = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      maxWeight = Math.max(maxWeight, graph.weight(e));
      sum += graph.weight(e);
    }
    double finalEpsilon = FINAL_EPSILON_SHARE * sum / Math.max(1, graph.edgeCount());
    epsilon = Math.max(maxWeight / 4, finalEpsilon);
    while (true) {
      runPhase();
      if (epsilon <= finalEpsilon) {
        return countDirections();
      }
      epsilon = Math.max(epsilon / SCALING, finalEpsilon);
    }
  }

  /**
   * Keeps the assignments that are still within the new epsilon of their best option and frees the
   * rest; a free acceptance slot drops its price to 0, as nobody holds it at that price.
   */
  private void runPhase() {
    for (int proposal = 0; proposal < held.length; proposal++) {
      if (held[proposal] < 0 || !withinEpsilon(proposal)) {
        release(proposal);
        bidders.add(proposal);
      }
    }
    for (int slot = 0; slot < price.length; slot++) {
      if (holder[slot] < 0) {
        price[slot] = 0;
      }
    }
    for (int v = 0; v < cheapestSlot.length; v++) {
      updateCheapest(v);
    }
    while (bidders.size() >= PARALLEL_ROUND) {
      bidInParallel();
    }
    for (int proposal = bidders.poll(); proposal >= 0; proposal = bidders.poll()) {
      bid(proposal);
    }
  }

  /**
   * One round of bidding by everyone waiting: all bids are computed in parallel against the prices
   * as they stand, then placed in parallel too, each part of the work placing, in queue order, the
   * bids for its own share of the neighbours. A bid whose neighbour's price has not moved since is
   * placed as computed: other prices only rose, so it still keeps epsilon-complementary slackness.
   * Any other waits for the next round. The outcome does not depend on threads: whether a bid can
   * be placed turns only on its own neighbour's slots and on whether a sibling holds that
   * neighbour, and both change only in the part that places bids for that neighbour. Those outbid
   * then queue up in the order of the bids that outbid them.
   */
  private void bidInParallel() {
    int count = 0;
    for (int proposal = bidders.poll(); proposal >= 0; proposal = bidders.poll()) {
      batch[count++] = proposal;
    }
    int size = count;
    IntStream.range(0, (count + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(chunk -> chooseBids(chunk * CHUNK, Math.min(size, (chunk + 1) * CHUNK)));
    IntStream.range(0, PLACERS).parallel().forEach(part -> placeBids(part, size));
    for (int i = 0; i < count; i++) {
      if (bidFor[i] < 0) {
        continue;
      }
      int next = outcome[i] == OUTDATED ? batch[i] : outcome[i];
      if (next >= 0) {
        bidders.add(next);
      }
    }
  }

  /**
   * Places the round's bids for neighbours {@code v} with {@code v % PLACERS == part}, writing for
   * each the proposal it outbid (or -1), or {@link #OUTDATED} where the price has moved.
   */
  private void placeBids(int part, int size) {
    int[] siblingsTaken = new int[Participant.MAX_MATCHES];
    for (int i = 0; i < size; i++) {
      int v = bidFor[i];
      if (v < 0 || v % PLACERS != part) {
        continue;
      }
      int proposal = batch[i];
      noteNeighboursTaken(proposal, siblingsTaken);
      if (cheapestPrice[v] == priceSeen[i] && mayTake(v, siblingsTaken)) {
        outcome[i] = take(proposal, cheapestSlot[v], bidPrice[i]);
      } else {
        outcome[i] = OUTDATED;
      }
    }
  }

  private void chooseBids(int from, int to) {
    int[] siblingsTaken = new int[Participant.MAX_MATCHES];
    for (int i = from; i < to; i++) {
      chooseBid(batch[i], siblingsTaken, i);
    }
  }

  private boolean withinEpsilon(int proposal) {
    int slot = held[proposal];
    int u = owner[proposal];
    double value = graph.weight(graph.edgeBetween(u, owner[slot])) - price[slot];
    return value >= bestValue(proposal) - epsilon;
  }

  private void release(int proposal) {
    if (held[proposal] >= 0) {
      holder[held[proposal]] = -1;
      held[proposal] = -1;
    }
  }

  /** The best value {@code proposal} could get now: that of its best neighbour, or 0. */
  private double bestValue(int proposal) {
    noteNeighboursTaken(proposal, taken);
    int u = owner[proposal];
    double best = 0;
    for (int i = 0; i < graph.degree(u); i++) {
      int v = graph.neighbourAt(u, i);
      if (mayTake(v, taken)) {
        best = Math.max(best, graph.weightAt(u, i) - cheapestPrice[v]);
      }
    }
    return best;
  }

  /**
   * Bids for the best neighbour's cheapest slot. The runner-up is the best other neighbour, not
   * another slot of the same one: identical slots would otherwise leapfrog each other by epsilon in
   * a long price war.
   */
  private void bid(int proposal) {
    int at = held.length;
    chooseBid(proposal, taken, at);
    if (bidFor[at] >= 0) {
      int outbid = take(proposal, cheapestSlot[bidFor[at]], bidPrice[at]);
      if (outbid >= 0) {
        bidders.add(outbid);
      }
    }
  }

  /** Writes whom {@code proposal} would bid for (or -1) and at what price at {@code at}. */
  private void chooseBid(int proposal, int[] siblingsTaken, int at) {
    noteNeighboursTaken(proposal, siblingsTaken);
    int u = owner[proposal];
    double best = 0;
    double second = 0;
    int bestNeighbour = -1;
    for (int i = 0; i < graph.degree(u); i++) {
      int v = graph.neighbourAt(u, i);
      double value = graph.weightAt(u, i) - cheapestPrice[v];
      if (value > second && mayTake(v, siblingsTaken)) {
        second = Math.max(second, Math.min(best, value));
        if (value > best) {
          best = value;
          bestNeighbour = v;
        }
      }
    }
    bidFor[at] = bestNeighbour;
    if (bestNeighbour >= 0) {
      priceSeen[at] = cheapestPrice[bestNeighbour];
      bidPrice[at] = priceSeen[at] + best - second + epsilon;
    }
  }

  /**
   * Remembers whose slots the other proposal slots of the same member hold (there are at most
   * {@link Participant#MAX_MATCHES}), since a member may take only one slot of each neighbour.
   */
  private void noteNeighboursTaken(int proposal, int[] taken) {
    int first = slotStart[owner[proposal]];
    int last = slotStart[owner[proposal] + 1];
    for (int k = 0; k < taken.length; k++) {
      int sibling = first + k;
      boolean holds = sibling < last && sibling != proposal && held[sibling] >= 0;
      taken[k] = holds ? owner[held[sibling]] : -1;
    }
  }

  private static boolean mayTake(int v, int[] taken) {
    for (int other : taken) {
      if (other == v) {
        return false;
      }
    }
    return true;
  }

  private void updateCheapest(int v) {
    int cheapest = slotStart[v];
    for (int slot = cheapest + 1; slot < slotStart[v + 1]; slot++) {
      if (price[slot] < price[cheapest]) {
        cheapest = slot;
      }
    }
    cheapestSlot[v] = cheapest;
    cheapestPrice[v] = price[cheapest];
  }

  /** Gives {@code slot} to {@code proposal} at {@code newPrice}; returns who held it, or -1. */
  private int take(int proposal, int slot, double newPrice) {
    int outbid = holder[slot];
    if (outbid >= 0) {
      held[outbid] = -1;
    }
    holder[slot] = proposal;
    held[proposal] = slot;
    price[slot] = newPrice;
    updateCheapest(owner[slot]);
    return outbid;
  }

  private byte[] countDirections() {
    byte[] directions = new byte[graph.edgeCount()];
    for (int proposal = 0; proposal < held.length; proposal++) {
      if (held[proposal] >= 0) {
        directions[graph.edgeBetween(owner[proposal], owner[held[proposal]])]++;
      }
    }
    return directions;
  }
}
