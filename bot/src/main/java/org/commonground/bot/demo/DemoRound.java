package org.commonground.bot.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.commonground.bot.digest.Digest;
import org.commonground.bot.digest.DigestComposer;
import org.commonground.bot.digest.DigestMessage;
import org.commonground.bot.rounds.RoundPlanner;
import org.commonground.bot.rounds.Week;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Database;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagRepository;

/** The demo's work: a generated network, one real round, a summary and a few digests. */
final class DemoRound {

  /** How big a network and which digests to show. */
  record Options(int members, long seed, int digestsToShow, boolean ansi) {}

  private final Database database;
  private final Clock clock;
  private final PrintStream out;

  DemoRound(Database database, Clock clock, PrintStream out) {
    this.database = database;
    this.clock = clock;
    this.out = out;
  }

  void run(Options options) {
    ProfileStore profiles = new ProfileStore(database.jdbi(), clock);
    var tags = database.jdbi().onDemand(TagRepository.class).listActive();
    Map<String, String> names =
        new DemoNetwork(profiles, tags, options.seed()).introduce(options.members());
    Week week = Week.containing(LocalDate.now(clock));
    long started = System.nanoTime();
    Round round =
        new RoundPlanner(database.jdbi(), new MatchingEngine(), clock, DemoNetwork.NOTICE_VERSION)
            .roundFor(week);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    RoundStore rounds = new RoundStore(database.jdbi());
    List<Digest> digests =
        new DigestComposer(database.jdbi(), profiles).compose(round, rounds.members(round.id()));
    new DemoSummary(out).print(round, rounds.pairs(round.id()), digests, options.members(), took);
    TerminalRenderer renderer = new TerminalRenderer(names, options.ansi());
    for (Digest digest : showcase(digests, options.digestsToShow())) {
      printDigest(digest, names, renderer);
    }
  }

  private void printDigest(Digest digest, Map<String, String> names, TerminalRenderer renderer) {
    Profile to = digest.recipient();
    out.println();
    out.printf(
        "══ DM to %s (%s, %s) ══%n",
        names.get(to.slackUserId()), to.member().role(), to.organisation().name());
    out.print(renderer.render(DigestMessage.blocks(digest)));
  }

  /** The fullest digests first, then one with a single match and one for someone unmatched. */
  static List<Digest> showcase(List<Digest> digests, int count) {
    List<Digest> chosen = new ArrayList<>();
    digests.stream()
        .max(Comparator.comparingInt((Digest d) -> d.matches().size()))
        .ifPresent(chosen::add);
    digests.stream().filter(d -> d.matches().size() == 1).findFirst().ifPresent(chosen::add);
    digests.stream().filter(d -> d.matches().isEmpty()).findFirst().ifPresent(chosen::add);
    digests.stream().filter(d -> !chosen.contains(d)).forEach(chosen::add);
    return chosen.subList(0, Math.min(count, chosen.size()));
  }

  static double crossSectorShare(List<RoundPair> pairs, Map<Long, Profile> people) {
    if (pairs.isEmpty()) {
      return 0;
    }
    long cross =
        pairs.stream()
            .filter(
                p ->
                    people.get(p.memberA()).member().sector()
                        != people.get(p.memberB()).member().sector())
            .count();
    return (double) cross / pairs.size();
  }
}
