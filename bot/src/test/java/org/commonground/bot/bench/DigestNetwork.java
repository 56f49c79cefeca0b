package org.commonground.bot.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.Week;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.testing.ProfileDrafts;

/** A network of members, each from their own organisation, and this week's round. */
final class DigestNetwork {

  private static final int CHALLENGES_EACH = 3;

  private DigestNetwork() {}

  /** Introduces {@code members} Slack members and plans their round: one digest each. */
  static Round seed(Database database, int members, Clock clock) {
    return seed(database, members, clock, i -> String.format("U0M%07d", i));
  }

  /** As {@link #seed(Database, int, Clock)}, the {@code i}th member's user id {@code userId(i)}. */
  static Round seed(Database database, int members, Clock clock, IntFunction<String> userId) {
    ProfileStore profiles = new ProfileStore(database.jdbi(), clock);
    List<Integer> tags =
        new TagCatalogue(database.jdbi(), clock).active().stream().map(Tag::id).toList();
    Random random = new Random(42);
    for (int i = 0; i < members; i++) {
      List<Integer> challenges =
          random
              .ints(0, tags.size())
              .distinct()
              .limit(CHALLENGES_EACH)
              .mapToObj(tags::get)
              .toList();
      OrganisationChoice organisation = new OrganisationChoice.New("Organisation " + i);
      profiles.save(ProfileDrafts.draft(userId.apply(i), organisation, challenges));
    }
    return new RoundPlanner(
            new Stores(database, clock),
            new MatchingEngine(),
            clock,
            () -> ProfileDrafts.NOTICE_VERSION)
        .roundFor(Week.containing(LocalDate.now(clock)));
  }
}
