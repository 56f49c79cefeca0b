package org.commonground.bot.core.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonground.bot.core.rounds.Week;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.MemberPairRow;
import org.commonground.storage.rounds.MemberPairs;

/** Reads a member's matches for App Home, with their partners' profiles. */
public final class MemberMatchesLoader {

  /** Enough rows for this week's matches and a screenful of past introductions. */
  private static final int ROWS = 40;

  private final MemberPairs pairs;
  private final ProfileStore profiles;

  public MemberMatchesLoader(MemberPairs pairs, ProfileStore profiles) {
    this.pairs = pairs;
    this.profiles = profiles;
  }

  public MemberMatches load(Profile member, LocalDate today) {
    List<MemberPairRow> rows = pairs.latest(member.member().id(), ROWS);
    if (rows.isEmpty()) {
      return MemberMatches.NONE;
    }
    Map<Long, Profile> partners = new HashMap<>();
    profiles
        .findByIds(
            rows.stream()
                .map(MemberPairRow::partnerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList())
        .forEach(p -> partners.put(p.member().id(), p));
    String thisWeek = Week.containing(today).label();
    return new MemberMatches(
        rows.stream().filter(r -> r.week().equals(thisWeek)).map(r -> line(r, partners)).toList(),
        rows.stream()
            .filter(r -> !r.week().equals(thisWeek) && r.introducedAt() != null)
            .map(r -> line(r, partners))
            .toList());
  }

  private static MemberMatches.Line line(MemberPairRow row, Map<Long, Profile> partners) {
    return new MemberMatches.Line(
        row, row.partnerId() == null ? null : partners.get(row.partnerId()));
  }
}
