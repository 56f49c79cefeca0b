package org.commonground.bot.core.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonground.matching.Pair;
import org.commonground.matching.WeeklyPairing;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.rounds.EligibleMember;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;

/**
 * Summarises a week's round for admins: the stored round if there is one, otherwise the round as it
 * would be computed now, without storing or sending anything.
 */
public final class RoundPreviewer {

  private static final int EXAMPLES = 3;

  /** A pair reduced to what the preview needs. */
  private record Line(long a, long b, double score, List<Integer> shared) {}

  private final RoundStore rounds;
  private final TagCatalogue tags;
  private final RoundPlanner planner;
  private final ProfileStore profiles;

  public RoundPreviewer(
      RoundStore rounds, TagCatalogue tags, RoundPlanner planner, ProfileStore profiles) {
    this.rounds = rounds;
    this.tags = tags;
    this.planner = planner;
    this.profiles = profiles;
  }

  public RoundPreview preview(Week week) {
    Optional<Round> stored = rounds.find(week.label());
    if (stored.isPresent()) {
      List<Line> lines =
          rounds.pairs(stored.get().id()).stream().map(RoundPreviewer::line).toList();
      Map<String, Integer> reasons = new TreeMap<>();
      for (RoundMember member : rounds.members(stored.get().id())) {
        if (member.unmatchedReason() != null) {
          reasons.merge(member.unmatchedReason(), 1, Integer::sum);
        }
      }
      return summarise(week, true, stored.get().eligible(), stored.get().matched(), lines, reasons);
    }
    WeeklyPairing pairing = planner.pairingFor(week);
    List<Line> lines = pairing.pairs().stream().map(RoundPreviewer::line).toList();
    Map<String, Integer> reasons = new TreeMap<>();
    pairing.unmatched().values().forEach(reason -> reasons.merge(reason.name(), 1, Integer::sum));
    return summarise(
        week, false, pairing.stats().eligible(), pairing.stats().matched(), lines, reasons);
  }

  private RoundPreview summarise(
      Week week,
      boolean stored,
      int eligible,
      int matched,
      List<Line> lines,
      Map<String, Integer> reasons) {
    Map<Long, Sector> sectors = new HashMap<>();
    for (EligibleMember member : planner.eligible(week)) {
      sectors.put(member.id(), member.sector());
    }
    long crossSector = lines.stream().filter(l -> sectors.get(l.a()) != sectors.get(l.b())).count();
    double averageShared = lines.stream().mapToInt(l -> l.shared().size()).average().orElse(0);
    return new RoundPreview(
        week,
        stored,
        eligible,
        matched,
        lines.size(),
        reasons,
        averageShared,
        lines.isEmpty() ? 0 : (double) crossSector / lines.size(),
        examples(lines));
  }

  private List<RoundPreview.Example> examples(List<Line> lines) {
    List<Line> best =
        lines.stream()
            .sorted(Comparator.comparingDouble(Line::score).reversed())
            .limit(EXAMPLES)
            .toList();
    List<Long> ids = new ArrayList<>();
    best.forEach(
        l -> {
          ids.add(l.a());
          ids.add(l.b());
        });
    Map<Long, Profile> people = new HashMap<>();
    profiles.findByIds(ids).forEach(p -> people.put(p.member().id(), p));
    Map<Integer, String> names = new HashMap<>();
    tags.findByIds(best.stream().flatMap(l -> l.shared().stream()).distinct().toList())
        .forEach(tag -> names.put(tag.id(), tag.name()));
    return best.stream()
        .filter(l -> people.containsKey(l.a()) && people.containsKey(l.b()))
        .map(
            l ->
                new RoundPreview.Example(
                    people.get(l.a()),
                    people.get(l.b()),
                    l.shared().stream().map(names::get).sorted().toList()))
        .toList();
  }

  private static Line line(RoundPair pair) {
    return new Line(
        pair.memberA() == null ? -1 : pair.memberA(),
        pair.memberB() == null ? -2 : pair.memberB(),
        pair.score(),
        pair.sharedChallengeIds());
  }

  private static Line line(Pair pair) {
    return new Line(
        pair.a(), pair.b(), pair.score(), pair.sharedChallenges().stream().boxed().toList());
  }
}
