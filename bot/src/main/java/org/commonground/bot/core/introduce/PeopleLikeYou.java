package org.commonground.bot.core.introduce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.storage.members.MemberTagRow;
import org.commonground.storage.members.PeopleToMeet;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;

/**
 * Finds the members of other organisations who share most with a member, counting a rare shared
 * challenge for more than a common one, for the confirmation a member gets after introducing
 * themselves. Only people the weekly round could pair them with today are named: nobody paused,
 * wanting no matches, still to agree to the current privacy notice, or separated from them by a
 * decline or a block on either side.
 */
public final class PeopleLikeYou {

  /** Someone who shares challenges with the member, and which. */
  public record Match(Profile profile, List<Tag> sharedChallenges) {}

  private final PeopleToMeet people;
  private final ProfileStore profiles;
  private final Clock clock;
  private final ZoneId zone;

  public PeopleLikeYou(PeopleToMeet people, ProfileStore profiles, Clock clock, ZoneId zone) {
    this.people = people;
    this.profiles = profiles;
    this.clock = clock;
    this.zone = zone;
  }

  public List<Match> find(Profile me, int limit) {
    PeopleToMeet.Sharing sharing =
        people.sharingChallengesWith(me.member().id(), LocalDate.ofInstant(clock.instant(), zone));
    if (sharing.rows().isEmpty()) {
      return List.of();
    }
    Map<Integer, Integer> holders = sharing.holders();
    Map<Long, Double> scores = new HashMap<>();
    for (MemberTagRow row : sharing.rows()) {
      scores.merge(row.memberId(), 1.0 / holders.getOrDefault(row.tagId(), 1), Double::sum);
    }
    List<Long> best =
        scores.entrySet().stream()
            .sorted(
                Map.Entry.<Long, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(limit)
            .map(Map.Entry::getKey)
            .toList();
    return matches(me, best);
  }

  private List<Match> matches(Profile me, List<Long> ids) {
    Map<Long, Profile> byId = new HashMap<>();
    profiles.findByIds(ids).forEach(p -> byId.put(p.member().id(), p));
    List<Match> matches = new ArrayList<>();
    for (Long id : ids) {
      Profile other = byId.get(id);
      List<Tag> common =
          me.challenges().stream()
              .filter(tag -> other.challenges().stream().anyMatch(t -> t.id() == tag.id()))
              .sorted(Comparator.comparing(Tag::name))
              .toList();
      matches.add(new Match(other, common));
    }
    return matches;
  }
}
