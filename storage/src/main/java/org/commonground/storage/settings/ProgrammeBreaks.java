package org.commonground.storage.settings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.audit.AuditJson;
import org.commonground.storage.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The weeks without a round that admins set: each added or removed in one transaction with its
 * audit entry. Dates are the network's, in the weekly round's zone.
 */
public final class ProgrammeBreaks {

  private final Jdbi jdbi;
  private final Clock clock;

  public ProgrammeBreaks(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** The breaks not over on {@code day}: under way or to come, earliest first. */
  public List<ProgrammeBreak> notOverOn(LocalDate day) {
    return jdbi.withExtension(
        ProgrammeBreakRepository.class, breaks -> breaks.endingOnOrAfter(day));
  }

  /**
   * @param reason checked by the caller: at most 200 characters
   */
  public ProgrammeBreak add(String actor, LocalDate firstDay, LocalDate lastDay, String reason) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        h -> {
          long id =
              h.attach(ProgrammeBreakRepository.class)
                  .insert(firstDay, lastDay, reason, actor, now);
          ProgrammeBreak added = new ProgrammeBreak(id, firstDay, lastDay, reason, actor, now);
          h.attach(AuditLog.class)
              .record(now, actor, "settings.break.add", subject(id), null, audited(added));
          return added;
        });
  }

  /**
   * @return the break removed, or empty if there was none with that id (and nothing changed)
   */
  public Optional<ProgrammeBreak> remove(String actor, long id) {
    return jdbi.inTransaction(
        h -> {
          ProgrammeBreakRepository breaks = h.attach(ProgrammeBreakRepository.class);
          Optional<ProgrammeBreak> found = breaks.find(id);
          if (found.isEmpty() || breaks.delete(id) == 0) {
            return Optional.<ProgrammeBreak>empty();
          }
          h.attach(AuditLog.class)
              .record(
                  clock.instant(),
                  actor,
                  "settings.break.remove",
                  subject(id),
                  audited(found.get()),
                  null);
          return found;
        });
  }

  private static String subject(long id) {
    return "break:" + id;
  }

  private static String audited(ProgrammeBreak b) {
    return AuditJson.object(
        "first_day", b.firstDay(), "last_day", b.lastDay(), "reason", b.reason());
  }
}
