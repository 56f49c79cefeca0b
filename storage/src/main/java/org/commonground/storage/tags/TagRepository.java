package org.commonground.storage.tags;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The challenge tags. */
@RegisterConstructorMapper(Tag.class)
public interface TagRepository {

  /**
   * Active tags, themes in the order they were first created and tags by name within a theme, as
   * the pickers show them.
   */
  @SqlQuery(
      """
      SELECT t.id, t.name, t.theme, t.description, t.status
      FROM tag t
      JOIN (SELECT theme, MIN(id) AS first_id FROM tag GROUP BY theme) th ON th.theme = t.theme
      WHERE t.status = 'ACTIVE'
      ORDER BY th.first_id, t.name_key
      """)
  List<Tag> listActive();

  /** Active and retired tags, in the same order as {@link #listActive()}; merged ones are gone. */
  @SqlQuery(
      """
      SELECT t.id, t.name, t.theme, t.description, t.status
      FROM tag t
      JOIN (SELECT theme, MIN(id) AS first_id FROM tag GROUP BY theme) th ON th.theme = t.theme
      WHERE t.status <> 'MERGED'
      ORDER BY th.first_id, t.name_key
      """)
  List<Tag> listCurrent();

  @SqlQuery(
      """
      SELECT id, name, theme, description, status
      FROM tag
      WHERE id IN (<ids>)
      ORDER BY name_key
      """)
  List<Tag> findByIds(
      @BindList(value = "ids", onEmpty = BindList.EmptyHandling.NULL_STRING)
          Collection<Integer> ids);

  @SqlQuery("SELECT id, name, theme, description, status FROM tag WHERE id = :id")
  Optional<Tag> findById(int id);

  /** The tag this name or former name belongs to now; merged tags give way to their survivor. */
  @SqlQuery(
      """
      SELECT id, name, theme, description, status FROM tag
      WHERE status <> 'MERGED'
        AND (name_key = :nameKey
             OR id IN (SELECT tag_id FROM tag_alias WHERE name_key = :nameKey))
      """)
  Optional<Tag> findByName(String nameKey);

  /** Where an old link to a tag id leads now: the tag itself, or the one it was merged into. */
  @SqlQuery("SELECT COALESCE(merged_into, id) FROM tag WHERE id = :id")
  Optional<Integer> currentIdOf(int id);

  /**
   * Tags in one of these statuses whose name, a former name or description contains these words in
   * order; {@code pattern} is a LIKE pattern such as {@code %damp%mould%}.
   */
  @SqlQuery(
      """
      SELECT id, name, theme, description, status FROM tag
      WHERE status IN (<statuses>)
        AND (name_key LIKE :pattern OR LOWER(description) LIKE :pattern
             OR id IN (SELECT tag_id FROM tag_alias WHERE name_key LIKE :pattern))
      ORDER BY name_key
      LIMIT :limit
      """)
  List<Tag> search(String pattern, @BindList("statuses") List<TagStatus> statuses, int limit);

  @SqlUpdate(
      """
      INSERT INTO tag (name, name_key, theme, description, status, created_at)
      VALUES (:name, :nameKey, :theme, :description, 'ACTIVE', :createdAt)
      """)
  @GetGeneratedKeys("id")
  int insert(String name, String nameKey, String theme, String description, Instant createdAt);

  @SqlUpdate("UPDATE tag SET name = :name, name_key = :nameKey WHERE id = :id")
  void rename(int id, String name, String nameKey);

  @SqlUpdate("UPDATE tag SET theme = :theme, description = :description WHERE id = :id")
  void describe(int id, String theme, String description);

  @SqlUpdate("UPDATE tag SET status = :status WHERE id = :id")
  void setStatus(int id, TagStatus status);

  /**
   * Marks {@code from} merged into {@code into}. Its name key is freed (a merged tag is found
   * through its alias), so the survivor may later take that name back.
   */
  @SqlUpdate(
      """
      UPDATE tag SET status = 'MERGED', merged_into = :into,
          name_key = '#' || CAST(id AS VARCHAR(12))
      WHERE id = :from
      """)
  void markMerged(int from, int into);

  /** Tags merged into {@code from} earlier now lead straight to {@code into}. */
  @SqlUpdate("UPDATE tag SET merged_into = :into WHERE merged_into = :from")
  void repointMerged(int from, int into);

  @SqlQuery("SELECT COUNT(*) FROM tag WHERE status = 'ACTIVE'")
  int countActive();
}
