package org.commonground.storage.settings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The weeks without a round. */
@RegisterConstructorMapper(ProgrammeBreak.class)
interface ProgrammeBreakRepository {

  String COLUMNS = "id, first_day, last_day, reason, created_by, created_at";

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM programme_break WHERE last_day >= :day ORDER BY first_day, last_day, id")
  List<ProgrammeBreak> endingOnOrAfter(LocalDate day);

  @SqlQuery("SELECT " + COLUMNS + " FROM programme_break WHERE id = :id")
  Optional<ProgrammeBreak> find(long id);

  @SqlUpdate(
      """
      INSERT INTO programme_break (first_day, last_day, reason, created_by, created_at)
      VALUES (:firstDay, :lastDay, :reason, :createdBy, :createdAt)
      """)
  @GetGeneratedKeys("id")
  long insert(
      LocalDate firstDay, LocalDate lastDay, String reason, String createdBy, Instant createdAt);

  @SqlUpdate("DELETE FROM programme_break WHERE id = :id")
  int delete(long id);
}
