package org.commonground.storage.tags;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

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

  @SqlQuery("SELECT COUNT(*) FROM tag WHERE status = 'ACTIVE'")
  int countActive();
}
