package org.commonground.storage.tags;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.NameKey;
import org.commonground.storage.audit.AuditJson;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.MemberLookup;
import org.commonground.storage.members.MemberRepository;
import org.commonground.storage.revisions.RevisionCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Members' tag suggestions and the admins' decisions on them. A decision is taken once: when two
 * admins answer the same suggestion, the second finds it decided and nothing changes.
 */
public final class TagSuggestions {

  /** A decision taken: the tag it led to (none for a rejection) and whether the member holds it. */
  public record Decision(TagSuggestion suggestion, Optional<Tag> tag, boolean onProfile) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final int maxChallenges;
  private final RevisionCache<List<TagSuggestion>> pending;

  /**
   * @param maxChallenges the most challenges a profile holds; an approved tag is added to the
   *     member's profile only while they hold fewer
   */
  public TagSuggestions(Jdbi jdbi, Clock clock, int maxChallenges) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.maxChallenges = maxChallenges;
    this.pending =
        new RevisionCache<>(
            jdbi,
            () -> List.copyOf(jdbi.onDemand(TagSuggestionRepository.class).pending()),
            "tag_suggestion");
  }

  /**
   * The most suggestions one member may have waiting for an admin at a time. Each one is a DM to
   * every admin, so without a cap one member could fill the admins' DMs and spend the message
   * budget digests need; three is more than members suggest in practice, and a decision frees a
   * place.
   */
  public static final int PENDING_PER_MEMBER = 3;

  /**
   * Stores a pending suggestion; empty when the member has already suggested this one.
   *
   * @throws TooManySuggestionsException when the member has {@link #PENDING_PER_MEMBER} waiting
   */
  public Optional<TagSuggestion> suggest(String userId, String name) {
    return jdbi.inTransaction(h -> suggest(h, userId, name, clock.instant()));
  }

  /**
   * {@link #suggest(String, String)} inside a transaction of the caller's, for a storage facade
   * that stores a suggestion together with other changes. Two concurrent calls for one member can
   * both pass the cap unless the caller's transaction holds a lock that serialises them, as an
   * update of the member's row does.
   */
  public static Optional<TagSuggestion> suggest(
      Handle handle, String userId, String name, Instant now) {
    TagSuggestionRepository suggestions = handle.attach(TagSuggestionRepository.class);
    String key = NameKey.of(name);
    if (suggestions.findPending(userId, key).isPresent()) {
      return Optional.empty();
    }
    if (suggestions.countPending(userId) >= PENDING_PER_MEMBER) {
      throw new TooManySuggestionsException();
    }
    return suggestions.findById(suggestions.insert(name, key, userId, now));
  }

  /** Suggestions waiting for an admin, oldest first. */
  public List<TagSuggestion> pending() {
    return pending.get();
  }

  public Optional<TagSuggestion> find(long id) {
    return jdbi.onDemand(TagSuggestionRepository.class).findById(id);
  }

  /** Adds the suggested tag (under the name the admin settled on) and gives it to the member. */
  public Optional<Decision> approve(
      String actor, long id, String name, String theme, String description) {
    return decide(
        actor,
        id,
        SuggestionStatus.APPROVED,
        (h, now) -> Optional.of(TagCatalogue.add(h, now, actor, name, theme, description)));
  }

  /** Answers the suggestion with an existing tag, which the member gets instead. */
  public Optional<Decision> mergeInto(String actor, long id, int tagId) {
    return decide(
        actor,
        id,
        SuggestionStatus.MERGED,
        (h, now) -> h.attach(TagRepository.class).findById(tagId));
  }

  public Optional<Decision> reject(String actor, long id) {
    return decide(actor, id, SuggestionStatus.REJECTED, (h, now) -> Optional.empty());
  }

  @FunctionalInterface
  private interface Outcome {
    Optional<Tag> tag(Handle handle, Instant now);
  }

  private Optional<Decision> decide(
      String actor, long id, SuggestionStatus status, Outcome outcome) {
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          TagSuggestionRepository suggestions = h.attach(TagSuggestionRepository.class);
          if (suggestions.decide(id, status, actor, now) == 0) {
            return Optional.<Decision>empty();
          }
          Optional<Tag> tag = outcome.tag(h, now);
          tag.ifPresent(t -> suggestions.linkTag(id, t.id()));
          TagSuggestion decided = suggestions.findById(id).orElseThrow();
          boolean onProfile = tag.isPresent() && giveToMember(h, decided.suggestedBy(), tag.get());
          TagCatalogue.audit(
              h,
              now,
              actor,
              "tag.suggestion." + status.name().toLowerCase(java.util.Locale.ROOT),
              decided.name(),
              AuditJson.object("status", "PENDING", "suggestedBy", decided.suggestedBy()),
              AuditJson.object(
                  "status",
                  status,
                  "tag",
                  tag.map(Tag::name).orElse(null),
                  "onProfile",
                  onProfile));
          return Optional.of(new Decision(decided, tag, onProfile));
        });
  }

  private boolean giveToMember(Handle handle, String userId, Tag tag) {
    MemberRepository members = handle.attach(MemberRepository.class);
    Optional<Member> member = handle.attach(MemberLookup.class).findByUserId(userId);
    if (member.isEmpty()) {
      return false;
    }
    long memberId = member.get().id();
    if (members.holdsTag(memberId, TagKind.CHALLENGE, tag.id())) {
      return true;
    }
    if (members.countTags(memberId, TagKind.CHALLENGE) >= maxChallenges) {
      return false;
    }
    members.addTag(memberId, TagKind.CHALLENGE, tag.id());
    return true;
  }
}
