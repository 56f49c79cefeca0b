package org.commonground.bot.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.bot.core.digest.Digest;
import org.commonground.storage.members.Profile;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundPair;

/** The round at a glance, as the demo prints it. */
final class DemoSummary {

  private final PrintStream out;

  DemoSummary(PrintStream out) {
    this.out = out;
  }

  void print(
      Round round,
      List<RoundPair> pairs,
      List<Digest> digests,
      int members,
      Set<String> onTeams,
      Duration took) {
    Map<Long, Profile> people = new HashMap<>();
    digests.forEach(d -> people.put(d.recipient().member().id(), d.recipient()));
    double coverage =
        round.withAllowedPartner() == 0 ? 1 : (double) round.matched() / round.withAllowedPartner();
    double averageShared =
        pairs.stream().mapToInt(p -> p.sharedChallengeIds().size()).average().orElse(0);
    out.printf("Common Ground demo: round %s%n", round.week());
    out.printf("  members introduced        %,d%n", members);
    out.printf("  on Slack / on Teams       %,d / %,d%n", members - onTeams.size(), onTeams.size());
    out.printf("  eligible this week        %,d%n", round.eligible());
    out.printf("  with an allowed partner   %,d%n", round.withAllowedPartner());
    out.printf(
        "  matched                   %,d (coverage %.1f %%)%n", round.matched(), 100 * coverage);
    out.printf("  introductions (pairs)     %,d%n", round.pairCount());
    out.printf(
        "  cross-sector share        %.1f %%%n", 100 * DemoRound.crossSectorShare(pairs, people));
    out.printf("  shared challenges / pair  %.2f%n", averageShared);
    long acrossPlatforms =
        pairs.stream()
            .filter(
                p ->
                    onTeams.contains(people.get(p.memberA()).userId())
                        != onTeams.contains(people.get(p.memberB()).userId()))
            .count();
    out.printf("  pairs across Slack/Teams  %,d%n", acrossPlatforms);
    out.printf("  total score               %.1f%n", round.totalScore());
    out.printf("  round computed in         %d ms%n", took.toMillis());
  }
}
