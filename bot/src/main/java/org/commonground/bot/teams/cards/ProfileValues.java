package org.commonground.bot.teams.cards;

import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;

/**
 * What the profile card's fields hold when it opens: nothing for a newcomer (bar the organisation
 * their tenant suggests), the saved profile for a member editing, or what was entered when a saving
 * was refused, so nothing typed is lost.
 *
 * @param organisationId the organisation picked from the list, if one was
 * @param newOrganisation the organisation typed in, or empty
 */
public record ProfileValues(
    Optional<Long> organisationId,
    String newOrganisation,
    Optional<Sector> sector,
    String role,
    Optional<String> place,
    List<Integer> challenges,
    String suggestion,
    String workingOn,
    List<Integer> offers,
    List<Integer> asks,
    int matchesPerWeek,
    boolean shareInChannel,
    boolean consent) {

  public ProfileValues {
    challenges = List.copyOf(challenges);
    offers = List.copyOf(offers);
    asks = List.copyOf(asks);
  }

  /** A newcomer's form: one match a week, as on Slack. */
  public static ProfileValues empty() {
    return newcomer(Optional.empty());
  }

  /** A newcomer's form with the organisation they most likely work for already picked. */
  public static ProfileValues startingAt(long organisationId) {
    return newcomer(Optional.of(organisationId));
  }

  private static ProfileValues newcomer(Optional<Long> organisationId) {
    return new ProfileValues(
        organisationId,
        "",
        Optional.empty(),
        "",
        Optional.empty(),
        List.of(),
        "",
        "",
        List.of(),
        List.of(),
        1,
        false,
        false);
  }

  /**
   * A member's saved profile. The consent box is ticked only if they agreed to notice {@code
   * noticeVersion}, the current one; an earlier agreement leaves it to tick again.
   */
  public static ProfileValues of(Profile profile, String noticeVersion) {
    Member member = profile.member();
    return new ProfileValues(
        Optional.of(profile.organisation().id()),
        "",
        Optional.of(member.sector()),
        member.role(),
        Optional.ofNullable(member.place()),
        ids(profile.challenges()),
        "",
        member.workingOn() == null ? "" : member.workingOn(),
        ids(profile.offers()),
        ids(profile.asks()),
        member.matchesPerWeek(),
        member.shareInChannel(),
        noticeVersion.equals(member.consentNoticeVersion()));
  }

  /** What a refused submission held, drawn again so nothing typed is lost. */
  public static ProfileValues submitted(CardValues values) {
    return new ProfileValues(
        values.selected(CardIds.ORGANISATION, "").flatMap(ProfileValues::number),
        values.text(CardIds.NEW_ORGANISATION, ""),
        values.selected(CardIds.SECTOR, "").flatMap(Sector::fromCode),
        values.text(CardIds.ROLE, ""),
        values.selected(CardIds.PLACE, ""),
        tagIds(values, CardIds.CHALLENGES),
        values.text(CardIds.SUGGESTION, ""),
        values.text(CardIds.WORKING_ON, ""),
        tagIds(values, CardIds.OFFERS),
        tagIds(values, CardIds.ASKS),
        values
            .selected(CardIds.MATCHES_PER_WEEK, "")
            .flatMap(ProfileValues::number)
            .filter(n -> n >= 0 && n <= 3)
            .map(Long::intValue)
            .orElse(1),
        values.selectedMany(CardIds.SHARE_IN_CHANNEL, "").contains(ProfileFields.SHARE_VALUE),
        values.selectedMany(CardIds.CONSENT, "").contains(ProfileFields.CONSENT_VALUE));
  }

  private static List<Integer> tagIds(CardValues values, String inputId) {
    return values.selectedMany(inputId, "").stream()
        .flatMap(value -> number(value).stream())
        .filter(id -> id <= Integer.MAX_VALUE)
        .map(Long::intValue)
        .distinct()
        .toList();
  }

  private static Optional<Long> number(String value) {
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static List<Integer> ids(List<Tag> tags) {
    return tags.stream().map(Tag::id).toList();
  }
}
