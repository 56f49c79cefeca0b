package org.commonground.bot.core.home;

import java.util.List;
import org.commonground.storage.network.ChallengeCount;
import org.commonground.storage.network.NewMember;
import org.commonground.storage.network.SectorCount;

/** The network at a glance, as admins see it in App Home. */
public record NetworkOverview(
    List<SectorCount> sectors,
    int organisations,
    List<NewMember> newestMembers,
    List<ChallengeCount> challenges) {

  public NetworkOverview {
    sectors = List.copyOf(sectors);
    newestMembers = List.copyOf(newestMembers);
    challenges = List.copyOf(challenges);
  }

  public int members() {
    return sectors.stream().mapToInt(SectorCount::members).sum();
  }

  /** Challenges only one organisation works on: where a second one would gain most. */
  public List<String> heldByOneOrganisation() {
    return challenges.stream().filter(c -> c.organisations() == 1).map(c -> c.name()).toList();
  }
}
