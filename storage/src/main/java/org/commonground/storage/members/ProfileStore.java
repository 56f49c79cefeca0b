package org.commonground.storage.members;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.storage.NameKey;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationRepository;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagKind;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Saves and loads whole profiles: member row, organisation and tags together. */
public final class ProfileStore {

  private final Jdbi jdbi;
  private final Clock clock;

  public ProfileStore(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * The outcome of saving: the profile as stored, whether this was the member's first, whether it
   * says anything it did not say before (always so for a first), and the challenge they suggested,
   * when it is new (not one they have suggested already).
   */
  public record Saved(
      Profile profile,
      boolean firstIntroduction,
      boolean changed,
      Optional<TagSuggestion> suggestion) {}

  /**
   * Saves a profile in one transaction, creating the organisation if the member typed a new one.
   * The member's tags are replaced by those in the draft.
   */
  public Saved save(ProfileDraft draft) {
    return save(draft, Optional.empty());
  }

  /**
   * Saves a profile and the challenge the member suggested with it in one transaction, so that a
   * closed form means both are kept. Agreeing to a notice version they had not agreed to before is
   * kept in their consent history.
   *
   * @throws org.commonground.storage.tags.TooManySuggestionsException when the member has as many
   *     suggestions waiting as they may; then nothing is saved
   */
  public Saved save(ProfileDraft draft, Optional<String> suggestion) {
    return jdbi.inTransaction(
        handle -> {
          Instant now = clock.instant();
          long organisationId = resolveOrganisation(handle, draft, now);
          MemberFields fields = MemberFields.of(draft, organisationId);
          MemberRepository members = handle.attach(MemberRepository.class);
          Optional<Member> existing =
              handle.attach(MemberLookup.class).findByUserId(draft.userId());
          long memberId;
          Optional<Profile> before = Optional.empty();
          if (existing.isPresent()) {
            memberId = existing.get().id();
            before = Optional.of(load(handle, List.of(memberId)).get(0));
            // Also locks the member's row, so one member's saves (and the cap on their
            // suggestions) are taken one at a time.
            members.update(memberId, fields, now);
            members.deleteTags(memberId);
          } else {
            memberId = members.insert(fields, now);
          }
          if (existing.isEmpty()
              || !existing.get().consentNoticeVersion().equals(draft.consentNoticeVersion())) {
            MemberConsent.record(handle, memberId, draft.consentNoticeVersion(), now);
          }
          members.insertTags(memberId, TagKind.CHALLENGE, draft.challengeIds());
          members.insertTags(memberId, TagKind.OFFER, draft.offerIds());
          members.insertTags(memberId, TagKind.ASK, draft.askIds());
          handle.attach(MemberStatusRepository.class).markActive(draft.userId(), now);
          Profile saved = load(handle, List.of(memberId)).get(0);
          Optional<TagSuggestion> suggested =
              suggestion.flatMap(name -> TagSuggestions.suggest(handle, draft.userId(), name, now));
          boolean changed = before.map(b -> !sameContent(b, saved)).orElse(true);
          return new Saved(saved, existing.isEmpty(), changed, suggested);
        });
  }

  private static boolean sameContent(Profile before, Profile after) {
    return MemberFields.of(before.member()).equals(MemberFields.of(after.member()))
        && ids(before.challenges()).equals(ids(after.challenges()))
        && ids(before.offers()).equals(ids(after.offers()))
        && ids(before.asks()).equals(ids(after.asks()));
  }

  private static List<Integer> ids(List<Tag> tags) {
    return tags.stream().map(Tag::id).toList();
  }

  private static long resolveOrganisation(Handle handle, ProfileDraft draft, Instant now) {
    OrganisationRepository organisations = handle.attach(OrganisationRepository.class);
    if (draft.organisation() instanceof OrganisationChoice.Existing existing) {
      return existing.organisationId();
    }
    String name = ((OrganisationChoice.New) draft.organisation()).name().strip();
    String key = NameKey.of(name);
    return organisations
        .findByName(key)
        .map(Organisation::id)
        .orElseGet(
            () -> organisations.insertUnreviewed(name, key, draft.sector(), draft.userId(), now));
  }

  /** The member with this Slack user id without their tags, if they have introduced themselves. */
  public Optional<Member> findMember(String userId) {
    return jdbi.inTransaction(handle -> handle.attach(MemberLookup.class).findByUserId(userId));
  }

  /** The profile of the member with this Slack user id, if they have introduced themselves. */
  public Optional<Profile> findByUserId(String userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .attach(MemberLookup.class)
                .findByUserId(userId)
                .map(member -> load(handle, List.of(member.id())).get(0)));
  }

  /** Profiles of these members, in no particular order; unknown ids are skipped. */
  public List<Profile> findByIds(Collection<Long> memberIds) {
    return jdbi.withHandle(handle -> load(handle, memberIds));
  }

  private static List<Profile> load(Handle handle, Collection<Long> memberIds) {
    MemberRepository members = handle.attach(MemberRepository.class);
    List<Member> found = members.findByIds(memberIds);
    List<MemberTagRow> links = members.tagsOf(memberIds);
    Map<Integer, Tag> tags = tagsById(handle, links);
    Map<Long, Organisation> organisations = organisationsById(handle, found);
    List<Profile> profiles = new ArrayList<>(found.size());
    for (Member member : found) {
      profiles.add(
          new Profile(
              member,
              organisations.get(member.organisationId()),
              tagsOf(member.id(), TagKind.CHALLENGE, links, tags),
              tagsOf(member.id(), TagKind.OFFER, links, tags),
              tagsOf(member.id(), TagKind.ASK, links, tags)));
    }
    return profiles;
  }

  private static Map<Integer, Tag> tagsById(Handle handle, List<MemberTagRow> links) {
    List<Integer> ids = links.stream().map(MemberTagRow::tagId).distinct().toList();
    return handle.attach(TagRepository.class).findByIds(ids).stream()
        .collect(Collectors.toMap(Tag::id, Function.identity()));
  }

  private static Map<Long, Organisation> organisationsById(Handle handle, List<Member> members) {
    OrganisationRepository organisations = handle.attach(OrganisationRepository.class);
    return members.stream()
        .map(Member::organisationId)
        .distinct()
        .map(id -> organisations.findById(id).orElseThrow())
        .collect(Collectors.toMap(Organisation::id, Function.identity()));
  }

  private static List<Tag> tagsOf(
      long memberId, TagKind kind, List<MemberTagRow> links, Map<Integer, Tag> tags) {
    return links.stream()
        .filter(link -> link.memberId() == memberId && link.kind() == kind)
        .map(link -> tags.get(link.tagId()))
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .toList();
  }
}
