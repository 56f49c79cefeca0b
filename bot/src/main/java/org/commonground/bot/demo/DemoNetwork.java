package org.commonground.bot.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;

/**
 * Fills a database with a network of fictional members across the region's organisations, the way
 * they would have introduced themselves: a few challenges everyone works on, many niche ones.
 */
final class DemoNetwork {

  /** The privacy notice the generated people agreed to. */
  static final String NOTICE_VERSION = "demo";

  private final ProfileStore profiles;
  private final List<Tag> tags;
  private final Random random;
  private final PeopleGenerator people;

  DemoNetwork(ProfileStore profiles, List<Tag> activeTags, long seed) {
    this.profiles = profiles;
    this.random = new Random(seed);
    this.people = new PeopleGenerator(random);
    List<Tag> byPopularity = new ArrayList<>(activeTags);
    Collections.shuffle(byPopularity, random);
    this.tags = byPopularity;
  }

  /** Introduces {@code size} members; returns their names by Slack user id. */
  Map<String, String> introduce(int size) {
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String userId = String.format("U0DEMO%05d", i);
      names.put(userId, people.name());
      profiles.save(draft(userId));
    }
    return names;
  }

  private ProfileDraft draft(String userId) {
    RegionOrganisations.Org org = people.pick(RegionOrganisations.ALL);
    List<Tag> challenges = people.skewedPick(tags, people.between(2, 5));
    return new ProfileDraft(
        userId,
        new OrganisationChoice.New(org.name()),
        org.sector(),
        people.role(org.sector()),
        random.nextInt(6) == 0 ? "Region-wide" : org.place(),
        people.work(),
        people.matchesWanted(),
        ids(challenges),
        ids(people.skewedPick(tags, people.between(0, 2))),
        ids(people.skewedPick(tags, people.between(0, 2))),
        false,
        NOTICE_VERSION);
  }

  private static List<Integer> ids(List<Tag> tags) {
    return tags.stream().map(Tag::id).toList();
  }
}
