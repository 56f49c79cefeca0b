package org.commonground.bot.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.teams.cards.DigestCard;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;

/** The demo's work: a generated network, one real round, a summary and a few digests. */
final class DemoRound {

  /** How big a network and which digests to show. */
  record Options(int members, long seed, int digestsToShow, boolean ansi) {}

  private final Stores stores;
  private final Clock clock;
  private final PrintStream out;

  DemoRound(Database database, Clock clock, PrintStream out) {
    this.stores = new Stores(database, clock);
    this.clock = clock;
    this.out = out;
  }

  void run(Options options) {
    ProfileStore profiles = stores.profiles();
    TagCatalogue tags = stores.tags();
    DemoNetwork.Introduced introduced =
        new DemoNetwork(profiles, stores.teamsUsers(), tags.active(), options.seed())
            .introduce(options.members());
    Map<String, String> names = introduced.names();
    Week week = Week.containing(LocalDate.now(clock));
    long started = System.nanoTime();
    Round round =
        new RoundPlanner(stores, new MatchingEngine(), clock, () -> DemoNetwork.NOTICE_VERSION)
            .roundFor(week);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    RoundStore rounds = stores.rounds();
    List<Digest> digests =
        new DigestComposer(stores.rounds(), tags, profiles)
            .compose(round, rounds.members(round.id()));
    new DemoSummary(out)
        .print(
            round,
            rounds.pairs(round.id()),
            digests,
            options.members(),
            introduced.onTeams(),
            took);
    TerminalRenderer slack = new TerminalRenderer(names, options.ansi());
    TerminalCardRenderer teams = new TerminalCardRenderer(options.ansi());
    for (Digest digest : showcase(digests, introduced.onTeams(), options.digestsToShow())) {
      Profile to = digest.recipient();
      out.println();
      if (introduced.onTeams().contains(to.userId())) {
        out.printf("══ Teams chat with %s (%s, %s) ══%n", who(to, names));
        out.print(
            teams.render(
                DigestCard.card(digest, partner -> names.get(partner.userId()), Map.of()).json()));
      } else {
        out.printf("══ DM to %s (%s, %s) ══%n", who(to, names));
        out.print(slack.render(DigestMessage.blocks(digest)));
      }
    }
  }

  private static Object[] who(Profile to, Map<String, String> names) {
    return new Object[] {names.get(to.userId()), to.member().role(), to.organisation().name()};
  }

  /**
   * The fullest digest on each platform first, then one with a single match and one for someone
   * unmatched.
   */
  static List<Digest> showcase(List<Digest> digests, Set<String> onTeams, int count) {
    List<Digest> chosen = new ArrayList<>();
    Comparator<Digest> fullest = Comparator.comparingInt((Digest d) -> d.matches().size());
    digests.stream()
        .filter(d -> !onTeams.contains(d.recipient().userId()))
        .max(fullest)
        .ifPresent(chosen::add);
    digests.stream()
        .filter(d -> onTeams.contains(d.recipient().userId()))
        .max(fullest)
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
