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
  static List<Long> aTermOfIntroductions(RunningApp app) {
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
    List<Long> stored =
        network.round(week, new Headcount(8, 0), pairs.toArray(NewRound.NewPair[]::new));
    stored.forEach(pair -> network.introduce(pair, Instant.parse("2026-10-05T10:00:00Z")));
    return stored;
  }

  /**
   * What came of the first three introductions, as both of each pair answered: working on something
   * together four times, shared ideas twice, one story shared.
   */
  static void whatCameOfThem(RunningApp app, List<Long> pairs) {
    String[] kinds = {
      "WORKING_TOGETHER",
      "WORKING_TOGETHER",
      "WORKING_TOGETHER",
      "WORKING_TOGETHER",
      "SHARED_IDEAS",
      "SHARED_IDEAS"
    };
    for (int i = 0; i < kinds.length; i++) {
      long pair = pairs.get(i / 2);
      boolean story = i == 0;
      String kind = kinds[i];
      app.jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "INSERT INTO meeting_outcome (pair_id, member_id, kind, story, shareable,"
                          + " sector, other_sector, answered_at) VALUES (?, NULL, ?, ?, ?,"
                          + " 'LOCAL_AUTHORITY', 'VCFSE', ?)",
                      pair,
                      kind,
                      story ? "We now run a <b>joint</b> advice clinic @channel" : null,
                      story,
                      Instant.parse("2026-10-20T10:00:00Z")));
    }
  }
}
