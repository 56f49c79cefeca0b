package org.commonground.bot.core.home;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.NameKey;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.blocks.BlockList.BlockedOrganisation;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;

/**
 * A member's changes to their block list from App Home, each answered with a line to show at the
 * top of App Home. Nothing here tells the person or organisation blocked, and nothing is audited:
 * the list is the member's alone.
 */
public final class MemberBlocks {

  /** A Slack user id as {@code users_select} gives it; anything else is not acted on. */
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");

  private final ProfileStore profiles;
  private final BlockList blocks;
  private final OrganisationCatalogue organisations;

  public MemberBlocks(
      ProfileStore profiles, BlockList blocks, OrganisationCatalogue organisations) {
    this.profiles = profiles;
    this.blocks = blocks;
    this.organisations = organisations;
  }

  public String blockPerson(String userId, String personId) {
    Optional<Member> me = member(userId);
    if (me.isEmpty()) {
      return MemberSettings.NOT_A_MEMBER;
    }
    if (!isUserId(personId)) {
      return MemberSettings.NOT_UNDERSTOOD;
    }
    if (personId.equals(userId)) {
      return "That's you: there's no need to block yourself.";
    }
    String who = Markup.mention(personId);
    return blocks.blockPerson(me.get().id(), personId)
        ? ":no_entry_sign: Blocked "
            + who
            + ": you won't be matched or introduced, either way round. They won't be told."
        : who + " is already on your list.";
  }

  /** Takes a block or a <i>Not for me</i> off the list. */
  public String unblockPerson(String userId, String personId) {
    Optional<Member> me = member(userId);
    if (me.isEmpty()) {
      return MemberSettings.NOT_A_MEMBER;
    }
    if (!isUserId(personId)) {
      return MemberSettings.NOT_UNDERSTOOD;
    }
    String who = Markup.mention(personId);
    return blocks.unblockPerson(me.get().id(), personId)
        ? ":leftwards_arrow_with_hook: " + who + " is off your list: you can be matched again."
        : who + " wasn't on your list.";
  }

  public String blockOrganisation(String userId, String organisationId) {
    Optional<Member> me = member(userId);
    if (me.isEmpty()) {
      return MemberSettings.NOT_A_MEMBER;
    }
    Optional<Organisation> organisation = organisation(organisationId);
    if (organisation.isEmpty()) {
      return "That organisation isn't in the list any more. Please pick it again.";
    }
    if (organisation.get().id() == me.get().organisationId()) {
      return "That's your own organisation: the weekly round never pairs you with colleagues"
          + " anyway.";
    }
    String name = "*" + Markup.escape(organisation.get().name()) + "*";
    return blocks.blockOrganisation(me.get().id(), organisation.get().id())
        ? ":no_entry_sign: Blocked everyone at "
            + name
            + ", including anyone who joins it later. Nobody there will be told."
        : name + " is already on your list.";
  }

  public String unblockOrganisation(String userId, String organisationId) {
    Optional<Member> me = member(userId);
    if (me.isEmpty()) {
      return MemberSettings.NOT_A_MEMBER;
    }
    Optional<Organisation> organisation = organisation(organisationId);
    if (organisation.isEmpty()) {
      return MemberSettings.NOT_UNDERSTOOD;
    }
    String name = "*" + Markup.escape(organisation.get().name()) + "*";
    return blocks.unblockOrganisation(me.get().id(), organisation.get().id())
        ? ":leftwards_arrow_with_hook: " + name + " is off your list."
        : name + " wasn't on your list.";
  }

  /**
   * Organisations whose names contain the typed text that the member could block: not their own and
   * not one already on their list.
   */
  public List<Organisation> blockable(String userId, String typed, int limit) {
    Optional<Member> me = member(userId);
    if (me.isEmpty()) {
      return List.of();
    }
    Set<Long> blocked =
        blocks.of(me.get().id()).organisations().stream()
            .map(BlockedOrganisation::organisationId)
            .collect(Collectors.toSet());
    String key = NameKey.of(typed == null ? "" : typed);
    return organisations.list().stream()
        .filter(o -> o.id() != me.get().organisationId() && !blocked.contains(o.id()))
        .filter(o -> NameKey.of(o.name()).contains(key))
        .limit(limit)
        .toList();
  }

  private Optional<Member> member(String userId) {
    return profiles.findMember(userId);
  }

  private Optional<Organisation> organisation(String value) {
    long id;
    try {
      id = Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return organisations.list().stream().filter(o -> o.id() == id).findFirst();
  }

  private static boolean isUserId(String userId) {
    return userId != null && USER_ID.matcher(userId).matches();
  }
}
