package org.commonground.storage.tags;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.NameKey;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.audit.AuditJson;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.members.MemberRepository;
import org.commonground.storage.revisions.RevisionCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The admins' changes to the tag list. Each runs in one transaction together with its audit entry,
 * so a change is never made without a record of who made it.
 */
public final class TagCatalogue {

  /** The audit actions of tag changes start with this. */
  public static final String AUDIT_PREFIX = "tag.";

  /**
   * What the tag list shows: active and retired tags, how many members hold each (by tag id) and
   * how many suggestions wait for an admin.
   */
  public record Listing(List<Tag> tags, Map<Integer, Integer> holders, int pendingSuggestions) {}

  /** The outcome of a merge, and how many members held the merged-away tag. */
  public record Merged(Tag from, Tag into, int holders) {}

  @FunctionalInterface
  private interface Change {
    void apply(Handle handle, Tag before, Instant now);
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final RevisionCache<List<Tag>> current;
  private final RevisionCache<Map<Integer, Integer>> holderCounts;
  private final RevisionCache<Listing> listing;

  public TagCatalogue(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.current =
        new RevisionCache<>(
            jdbi, () -> List.copyOf(jdbi.onDemand(TagRepository.class).listCurrent()), "tag");
    this.holderCounts =
        new RevisionCache<>(
            jdbi,
            () -> Map.copyOf(jdbi.onDemand(MemberRepository.class).holderCounts()),
            "member_tag");
    this.listing =
        new RevisionCache<>(
            jdbi,
            () ->
                new Listing(
                    current(),
                    holderCounts(),
                    jdbi.onDemand(TagSuggestionRepository.class).pending().size()),
            "tag",
            "member_tag",
            "tag_suggestion");
  }

  /** The tag with this name or former name, if any; a merged tag's name finds its survivor. */
  public Optional<Tag> findByName(String name) {
    return jdbi.onDemand(TagRepository.class).findByName(NameKey.of(name));
  }

  /** The tag with this id, whatever its status. */
  public Optional<Tag> findById(int id) {
    return jdbi.onDemand(TagRepository.class).findById(id);
  }

  /** The tags with these ids, whatever their status, by name; unknown ids are skipped. */
  public List<Tag> findByIds(Collection<Integer> ids) {
    return jdbi.withExtension(TagRepository.class, tags -> tags.findByIds(ids));
  }

  /** Active and retired tags, as the pickers order them. */
  public List<Tag> current() {
    return current.get();
  }

  /** Active tags only, in the same order as {@link #current()}. */
  public List<Tag> active() {
    return current().stream().filter(Tag::isActive).toList();
  }

  public List<TagAlias> aliases() {
    return jdbi.onDemand(TagAliasRepository.class).listAll();
  }

  /** Active tags matching the typed words on name, former name or description. */
  public List<Tag> searchActive(String typed, int limit) {
    return search(typed, List.of(TagStatus.ACTIVE), limit);
  }

  /** Active and retired tags matching the typed words, for admins' pickers. */
  public List<Tag> searchCurrent(String typed, int limit) {
    return search(typed, List.of(TagStatus.ACTIVE, TagStatus.RETIRED), limit);
  }

  private List<Tag> search(String typed, List<TagStatus> statuses, int limit) {
    String pattern = "%" + NameKey.of(typed == null ? "" : typed).replace(' ', '%') + "%";
    return jdbi.onDemand(TagRepository.class).search(pattern, statuses, limit);
  }

  /** The tag list as {@code /tags} shows it, read with one query while nothing has changed. */
  public Listing listing() {
    return listing.get();
  }

  /** How many members hold each tag in any way, by tag id. */
  public Map<Integer, Integer> holderCounts() {
    return holderCounts.get();
  }

  /** The latest tag changes, newest first. */
  public List<AuditEntry> history(int limit) {
    return jdbi.onDemand(AuditLog.class).latestOf(AUDIT_PREFIX, limit);
  }

  /** Adds an active tag; throws {@link NameInUseException} if the name is taken. */
  public Tag add(String actor, String name, String theme, String description) {
    return jdbi.inTransaction(h -> add(h, clock.instant(), actor, name, theme, description));
  }

  static Tag add(
      Handle handle, Instant now, String actor, String name, String theme, String description) {
    String key = NameKey.of(name);
    ensureFree(handle, key, null);
    TagRepository tags = handle.attach(TagRepository.class);
    Tag added = tags.findById(tags.insert(name, key, theme, description, now)).orElseThrow();
    audit(handle, now, actor, "tag.add", added.name(), null, state(added));
    return added;
  }

  public Tag describe(String actor, int tagId, String theme, String description) {
    return change(actor, "tag.describe", tagId, describe(tagId, theme, description));
  }

  private static Change describe(int tagId, String theme, String description) {
    return (h, before, now) -> h.attach(TagRepository.class).describe(tagId, theme, description);
  }

  public Tag setStatus(String actor, int tagId, TagStatus status) {
    return change(actor, statusAction(status), tagId, setStatus(tagId, status));
  }

  private static String statusAction(TagStatus status) {
    return status == TagStatus.ACTIVE ? "tag.restore" : "tag.retire";
  }

  private static Change setStatus(int tagId, TagStatus status) {
    return (h, before, now) -> h.attach(TagRepository.class).setStatus(tagId, status);
  }

  /** Renames a tag, keeping the old name as an alias; the new name must be free. */
  public Tag rename(String actor, int tagId, String newName) {
    return change(actor, "tag.rename", tagId, renameTo(newName));
  }

  private static Change renameTo(String newName) {
    return (h, before, now) -> rename(h, before, newName, now);
  }

  private static void rename(Handle handle, Tag before, String newName, Instant now) {
    String key = NameKey.of(newName);
    String oldKey = NameKey.of(before.name());
    if (!key.equals(oldKey)) {
      ensureFree(handle, key, before.id());
      TagAliasRepository aliases = handle.attach(TagAliasRepository.class);
      aliases.delete(key);
      aliases.insert(oldKey, before.name(), before.id(), now);
    }
    handle.attach(TagRepository.class).rename(before.id(), newName, key);
  }

  /**
   * Merges {@code fromId} into {@code intoId}: its holders hold the survivor instead (once each),
   * and its names become aliases of the survivor.
   */
  public Merged merge(String actor, int fromId, int intoId) {
    if (fromId == intoId) {
      throw new IllegalArgumentException("a tag cannot be merged into itself");
    }
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          TagRepository tags = h.attach(TagRepository.class);
          Tag from = tags.findById(fromId).orElseThrow();
          Tag into = tags.findById(intoId).orElseThrow();
          MemberRepository members = h.attach(MemberRepository.class);
          int holders = members.countHolders(fromId);
          members.copyTagHolders(fromId, intoId);
          members.removeTagFromEveryone(fromId);
          TagAliasRepository aliases = h.attach(TagAliasRepository.class);
          aliases.repoint(fromId, intoId);
          aliases.insert(NameKey.of(from.name()), from.name(), intoId, now);
          tags.markMerged(fromId, intoId);
          tags.repointMerged(fromId, intoId);
          String after = AuditJson.object("mergedInto", into.name(), "holdersMoved", holders);
          audit(h, now, actor, "tag.merge", from.name(), state(from), after);
          return new Merged(from, into, holders);
        });
  }

  /**
   * The edit form's changes to one tag, made in one transaction: rename, then theme and
   * description, then status (when it differs), each audited as it would be on its own. A taken
   * name throws {@link NameInUseException} and changes nothing.
   */
  public Tag edit(String actor, int tagId, TagEdit edit) {
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          Tag tag = h.attach(TagRepository.class).findById(tagId).orElseThrow();
          if (edit.name().isPresent()) {
            tag = change(h, now, actor, "tag.rename", tagId, renameTo(edit.name().get()));
          }
          if (edit.theme().isPresent() || edit.description().isPresent()) {
            String theme = edit.theme().orElse(tag.theme());
            String description = edit.description().orElse(tag.description());
            tag = change(h, now, actor, "tag.describe", tagId, describe(tagId, theme, description));
          }
          Optional<TagStatus> status = edit.status();
          if (status.isPresent() && status.get() != tag.status()) {
            String action = statusAction(status.get());
            tag = change(h, now, actor, action, tagId, setStatus(tagId, status.get()));
          }
          return tag;
        });
  }

  private Tag change(String actor, String action, int tagId, Change change) {
    return jdbi.inTransaction(h -> change(h, clock.instant(), actor, action, tagId, change));
  }

  /** Applies one change inside the caller's transaction, with its audit entry. */
  private static Tag change(
      Handle h, Instant now, String actor, String action, int tagId, Change change) {
    TagRepository tags = h.attach(TagRepository.class);
    Tag before = tags.findById(tagId).orElseThrow();
    change.apply(h, before, now);
    Tag after = tags.findById(tagId).orElseThrow();
    audit(h, now, actor, action, before.name(), state(before), state(after));
    return after;
  }

  private static void ensureFree(Handle handle, String key, Integer self) {
    Optional<Tag> holder = handle.attach(TagRepository.class).findByName(key);
    if (holder.isPresent() && (self == null || holder.get().id() != self)) {
      throw new NameInUseException(holder.get().name());
    }
  }

  static void audit(
      Handle handle,
      Instant now,
      String actor,
      String action,
      String subject,
      String before,
      String after) {
    handle.attach(AuditLog.class).record(now, actor, action, subject, before, after);
  }

  static String state(Tag tag) {
    return AuditJson.object(
        "name", tag.name(),
        "theme", tag.theme(),
        "description", tag.description(),
        "status", tag.status());
  }
}
