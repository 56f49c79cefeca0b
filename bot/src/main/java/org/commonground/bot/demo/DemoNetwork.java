package org.commonground.bot.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;

/**
 * Fills a database with a network of fictional members across the region's organisations, the way
 * they would have introduced themselves: a few challenges everyone works on, many niche ones.
 */
final class DemoNetwork {

  /** The privacy notice the generated people agreed to. */
  static final String NOTICE_VERSION = "demo";

  /** Who works in Teams rather than Slack in the demo's region. */
  private static final Set<Sector> TEAMS_SECTORS =
      Set.of(Sector.LOCAL_AUTHORITY, Sector.NHS_HEALTH);

  private static final String DEMO_TENANT = "00000000-0000-4000-8000-00000000d3e0";

  private final ProfileStore profiles;
  private final TeamsUsers teamsUsers;
  private final List<Tag> tags;
  private final Random random;
  private final PeopleGenerator people;

  DemoNetwork(ProfileStore profiles, TeamsUsers teamsUsers, List<Tag> activeTags, long seed) {
    this.profiles = profiles;
    this.teamsUsers = teamsUsers;
    this.random = new Random(seed);
    this.people = new PeopleGenerator(random);
    List<Tag> byPopularity = new ArrayList<>(activeTags);
    Collections.shuffle(byPopularity, random);
    this.tags = byPopularity;
  }

  /** The people introduced: names by user id, and who of them is on Teams. */
  record Introduced(Map<String, String> names, Set<String> onTeams) {}

  /**
   * Introduces {@code size} members. Councils and NHS bodies work in Microsoft Teams, so their
   * people are on Teams (an Entra object id, and the chat Teams would have opened); everyone else
   * is on Slack.
   */
  Introduced introduce(int size) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> onTeams = new HashSet<>();
    for (int i = 0; i < size; i++) {
      RegionOrganisations.Org org = people.pick(RegionOrganisations.ALL);
      boolean teams = TEAMS_SECTORS.contains(org.sector());
      String userId =
          teams
              ? UUID.nameUUIDFromBytes(("demo-member-" + i).getBytes(StandardCharsets.UTF_8))
                  .toString()
              : String.format("U0DEMO%05d", i);
      String name = people.name();
      names.put(userId, name);
      if (teams) {
        onTeams.add(userId);
        teamsUsers.remember(
            new TeamsUser(
                userId,
                "29:demo-" + i,
                DEMO_TENANT,
                "https://smba.trafficmanager.net/uk/",
                "a:demo-chat-" + i,
                name,
                null,
                true));
      }
      profiles.save(draft(userId, org));
    }
    return new Introduced(names, onTeams);
  }

  private ProfileDraft draft(String userId, RegionOrganisations.Org org) {
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
