package org.commonground.storage.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.NameKey;
import org.commonground.storage.audit.AuditJson;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.members.MemberRepository;
import org.commonground.storage.revisions.RevisionCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The admins' changes to the organisation list, each in one transaction with its audit entry. Old
 * names are kept as aliases so that a member typing one joins the right organisation.
 */
public final class OrganisationCatalogue {

  /** The outcome of a merge: the survivor and how many members moved to it. */
  public record Merged(Organisation from, Organisation into, int membersMoved) {}

  /** The outcome of setting a sector: the organisation and how many members it applied to. */
  public record SectorSet(Organisation organisation, int members) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final RevisionCache<List<Organisation>> list;

  public OrganisationCatalogue(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.list =
        new RevisionCache<>(
            jdbi,
            () -> List.copyOf(jdbi.onDemand(OrganisationRepository.class).listAll()),
            "organisation");
  }

  public Optional<Organisation> findByName(String name) {
    return jdbi.onDemand(OrganisationRepository.class).findByName(NameKey.of(name));
  }

  /** Every organisation, by name. */
  public List<Organisation> list() {
    return list.get();
  }

  /** Former names, for "did you mean". */
  public List<String> aliasNames() {
    return jdbi.onDemand(OrganisationAliasRepository.class).names();
  }

  public Map<Long, Integer> memberCounts() {
    return jdbi.onDemand(MemberRepository.class).countsByOrganisation();
  }

  /** Renames and marks reviewed; throws {@link NameInUseException} if the name is taken. */
  public Organisation rename(String actor, long id, String newName) {
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          OrganisationRepository organisations = h.attach(OrganisationRepository.class);
          Organisation before = organisations.findById(id).orElseThrow();
          String key = NameKey.of(newName);
          String oldKey = NameKey.of(before.name());
          if (!key.equals(oldKey)) {
            Optional<Organisation> holder = organisations.findByName(key);
            if (holder.isPresent() && holder.get().id() != id) {
              throw new NameInUseException(holder.get().name());
            }
            OrganisationAliasRepository aliases = h.attach(OrganisationAliasRepository.class);
            aliases.delete(key);
            aliases.insert(oldKey, before.name(), id, now);
          }
          organisations.rename(id, newName, key);
          return audited(h, now, actor, "org.rename", before);
        });
  }

  /** Moves every member of {@code fromId} to {@code intoId} and removes {@code fromId}. */
  public Merged merge(String actor, long fromId, long intoId) {
    if (fromId == intoId) {
      throw new IllegalArgumentException("an organisation cannot be merged into itself");
    }
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          OrganisationRepository organisations = h.attach(OrganisationRepository.class);
          Organisation from = organisations.findById(fromId).orElseThrow();
          int moved = h.attach(MemberRepository.class).moveOrganisation(fromId, intoId);
          OrganisationAliasRepository aliases = h.attach(OrganisationAliasRepository.class);
          aliases.repoint(fromId, intoId);
          organisations.moveBlocks(fromId, intoId);
          h.attach(OrganisationTenantRepository.class).moveLinks(fromId, intoId);
          organisations.delete(fromId);
          aliases.insert(NameKey.of(from.name()), from.name(), intoId, now);
          organisations.markReviewed(intoId);
          Organisation into = organisations.findById(intoId).orElseThrow();
          String after = AuditJson.object("mergedInto", into.name(), "membersMoved", moved);
          h.attach(AuditLog.class).record(now, actor, "org.merge", from.name(), state(from), after);
          return new Merged(from, into, moved);
        });
  }

  /** Sets the sector of the organisation and of its members, and marks it reviewed. */
  public SectorSet setSector(String actor, long id, Sector sector) {
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          OrganisationRepository organisations = h.attach(OrganisationRepository.class);
          Organisation before = organisations.findById(id).orElseThrow();
          organisations.setSector(id, sector);
          int members = h.attach(MemberRepository.class).setSectorOfOrganisation(id, sector);
          return new SectorSet(audited(h, now, actor, "org.sector", before), members);
        });
  }

  /**
   * Adds the organisations of {@code list} that aren't known yet (by name or former name), sets the
   * sector the list gives of those that are, and marks every one reviewed, since an admin vouched
   * for the list: all in one transaction, each change with its audit entry.
   */
  public ImportSummary importList(String actor, List<ListedOrganisation> list) {
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          OrganisationRepository organisations = h.attach(OrganisationRepository.class);
          AuditLog audit = h.attach(AuditLog.class);
          int added = 0;
          int sectorsSet = 0;
          for (ListedOrganisation listed : list) {
            Optional<Organisation> known = organisations.findByName(NameKey.of(listed.name()));
            if (known.isEmpty()) {
              long id =
                  organisations.insertUnreviewed(
                      listed.name(),
                      NameKey.of(listed.name()),
                      listed.sector().orElse(null),
                      actor,
                      now);
              organisations.markReviewed(id);
              Organisation after = organisations.findById(id).orElseThrow();
              audit.record(now, actor, "org.import", after.name(), null, state(after));
              added++;
            } else if (listed.sector().isPresent()
                && listed.sector().get() != known.get().sector()) {
              setSector(h, now, actor, known.get(), listed.sector().get());
              sectorsSet++;
            } else if (!known.get().reviewed()) {
              organisations.markReviewed(known.get().id());
              audited(h, now, actor, "org.import", known.get());
            }
          }
          return new ImportSummary(added, sectorsSet, list.size() - added - sectorsSet);
        });
  }

  private static void setSector(
      Handle h, Instant now, String actor, Organisation before, Sector sector) {
    h.attach(OrganisationRepository.class).setSector(before.id(), sector);
    h.attach(MemberRepository.class).setSectorOfOrganisation(before.id(), sector);
    audited(h, now, actor, "org.import", before);
  }

  private static Organisation audited(
      Handle handle, Instant now, String actor, String action, Organisation before) {
    Organisation after =
        handle.attach(OrganisationRepository.class).findById(before.id()).orElseThrow();
    handle
        .attach(AuditLog.class)
        .record(now, actor, action, before.name(), state(before), state(after));
    return after;
  }

  private static String state(Organisation organisation) {
    return AuditJson.object(
        "name", organisation.name(),
        "sector", organisation.sector(),
        "reviewed", organisation.reviewed());
  }
}
