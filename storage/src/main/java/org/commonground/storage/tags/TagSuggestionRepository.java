package org.commonground.storage.tags;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Tags members have suggested. */
@RegisterConstructorMapper(TagSuggestion.class)
interface TagSuggestionRepository {

  String COLUMNS = "id, name, suggested_by, suggested_at, status, decided_by, decided_at, tag_id";

  @SqlUpdate(
      """
      INSERT INTO tag_suggestion (name, name_key, suggested_by, suggested_at, status)
      VALUES (:name, :nameKey, :suggestedBy, :suggestedAt, 'PENDING')
      """)
  @GetGeneratedKeys("id")
  long insert(String name, String nameKey, String suggestedBy, Instant suggestedAt);

  @SqlQuery("SELECT " + COLUMNS + " FROM tag_suggestion WHERE id = :id")
  Optional<TagSuggestion> findById(long id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM tag_suggestion WHERE status = 'PENDING' ORDER BY suggested_at, id")
  List<TagSuggestion> pending();

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
           FROM tag_suggestion
          WHERE status = 'PENDING' AND suggested_by = :suggestedBy AND name_key = :nameKey
          """)
  Optional<TagSuggestion> findPending(String suggestedBy, String nameKey);

  @SqlQuery(
      "SELECT COUNT(*) FROM tag_suggestion WHERE status = 'PENDING' AND suggested_by = :suggestedBy")
  int countPending(String suggestedBy);

  /** Records a decision unless another admin got there first; returns the rows changed (0 or 1). */
  @SqlUpdate(
      """
      UPDATE tag_suggestion SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt
      WHERE id = :id AND status = 'PENDING'
      """)
  int decide(long id, SuggestionStatus status, String decidedBy, Instant decidedAt);

  @SqlUpdate("UPDATE tag_suggestion SET tag_id = :tagId WHERE id = :id")
  void linkTag(long id, int tagId);
}
