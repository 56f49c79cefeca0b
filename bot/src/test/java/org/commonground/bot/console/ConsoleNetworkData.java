package org.commonground.bot.console;

import static org.commonground.storage.organisations.Sector.LOCAL_AUTHORITY;
import static org.commonground.storage.organisations.Sector.NHS_HEALTH;
import static org.commonground.storage.organisations.Sector.VCFSE;
import static org.commonground.storage.testing.ImpactNetwork.pair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.rounds.Headcount;
import org.commonground.storage.rounds.NewRound;
import org.commonground.storage.testing.ImpactNetwork;

/** A term's introductions stored as the app stores them, for the impact page's tests. */
final class ConsoleNetworkData {

  private ConsoleNetworkData() {}

  /**
   * Sefton Council introduced to Open Door three times and Wirral Council to Mersey Care once, all
   * in the week of 5 October 2026.
   */
  static void aTermOfIntroductions(RunningApp app) {
    ImpactNetwork network = new ImpactNetwork(app.jdbi(), app.clock());
    List<NewRound.NewPair> pairs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pairs.add(
          pair(
              network.member("Sefton Council", LOCAL_AUTHORITY),
              network.member("Open Door", VCFSE)));
    }
    pairs.add(
        pair(
            network.member("Wirral Council", LOCAL_AUTHORITY),
            network.member("Mersey Care", NHS_HEALTH)));
    long week = Week.containing(LocalDate.of(2026, 10, 5)).number();
    network
        .round(week, new Headcount(8, 0), pairs.toArray(NewRound.NewPair[]::new))
        .forEach(stored -> network.introduce(stored, Instant.parse("2026-10-05T10:00:00Z")));
  }
}
