package org.commonground.bot.core.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonground.bot.core.rounds.Week;
import org.commonground.matching.UnmatchedReason;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;

/** Turns a stored round into each member's digest, loading what it needs in bulk. */
public final class DigestComposer {

  private final RoundStore rounds;
  private final TagCatalogue tags;
  private final ProfileStore profiles;

  public DigestComposer(RoundStore rounds, TagCatalogue tags, ProfileStore profiles) {
    this.rounds = rounds;
    this.tags = tags;
    this.profiles = profiles;
  }

  /** The digests of these round members (members who deleted their profile are skipped). */
  public List<Digest> compose(Round round, Collection<RoundMember> members) {
    return compose(round, members, rounds.pairs(round.id()), false);
  }

  /**
   * One member's digest, loading only their own pairs: delivery composes digests one at a time, and
   * loading the whole round for each would make a round's delivery quadratic in its size.
   */
  public Optional<Digest> compose(Round round, RoundMember member) {
    return compose(round, member, false);
  }

  /**
   * One member's digest as it stands now, to redraw it: a match whose partner has since left stays
   * in its place, saying so, where a digest about to be sent would leave it out.
   */
  public Optional<Digest> recompose(Round round, RoundMember member) {
    return compose(round, member, true);
  }

  private Optional<Digest> compose(Round round, RoundMember member, boolean withLeavers) {
    List<RoundPair> pairs =
        member.memberId() == null ? List.of() : rounds.pairsOf(round.id(), member.memberId());
    return compose(round, List.of(member), pairs, withLeavers).stream().findFirst();
  }

  private List<Digest> compose(
      Round round, Collection<RoundMember> members, List<RoundPair> pairs, boolean withLeavers) {
    Week week = Week.numbered(round.weekNumber());
    Map<Long, Profile> people = profilesOf(members, pairs);
    Map<Integer, String> tagNames = tagNames(pairs);
    List<Digest> digests = new ArrayList<>();
    for (RoundMember member : members) {
      Profile recipient = member.memberId() == null ? null : people.get(member.memberId());
      if (recipient != null) {
        digests.add(
            digest(
                member, week, round.noteIfAny(), recipient, pairs, people, tagNames, withLeavers));
      }
    }
    return digests;
  }

  private static Digest digest(
      RoundMember member,
      Week week,
      Optional<String> note,
      Profile recipient,
      List<RoundPair> pairs,
      Map<Long, Profile> people,
      Map<Integer, String> tagNames,
      boolean withLeavers) {
    long id = recipient.member().id();
    List<Digest.Match> matches = new ArrayList<>();
    for (RoundPair pair : pairs) {
      if (!pair.involves(id)) {
        continue;
      }
      Long partnerId = pair.partnerOf(id);
      if (partnerId == null || !people.containsKey(partnerId)) {
        if (withLeavers) {
          matches.add(Digest.Match.left(pair.id()));
        }
      } else {
        matches.add(
            new Digest.Match(
                pair.id(),
                people.get(partnerId),
                names(pair.sharedChallengeIds(), tagNames),
                names(pair.offeredBy(partnerId), tagNames),
                names(pair.offeredBy(id), tagNames)));
      }
    }
    Optional<UnmatchedReason> reason =
        Optional.ofNullable(member.unmatchedReason()).map(UnmatchedReason::valueOf);
    return new Digest(member.id(), week, recipient, matches, reason, note);
  }

  private Map<Long, Profile> profilesOf(Collection<RoundMember> members, List<RoundPair> pairs) {
    List<Long> ids = new ArrayList<>();
    members.forEach(m -> ids.add(m.memberId()));
    for (RoundPair pair : pairs) {
      ids.add(pair.memberA());
      ids.add(pair.memberB());
    }
    List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
    Map<Long, Profile> byId = new HashMap<>();
    profiles.findByIds(known).forEach(p -> byId.put(p.member().id(), p));
    return byId;
  }

  private Map<Integer, String> tagNames(List<RoundPair> pairs) {
    List<Integer> ids = new ArrayList<>();
    for (RoundPair pair : pairs) {
      ids.addAll(pair.sharedChallengeIds());
      ids.addAll(pair.offerIds());
    }
    return tags.findByIds(ids.stream().distinct().toList()).stream()
        .collect(Collectors.toMap(Tag::id, Tag::name, (a, b) -> a, HashMap::new));
  }

  private static List<String> names(List<Integer> ids, Map<Integer, String> tagNames) {
    return ids.stream().map(tagNames::get).filter(Objects::nonNull).sorted().toList();
  }
}
