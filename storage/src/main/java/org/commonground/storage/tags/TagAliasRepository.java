package org.commonground.storage.tags;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Former names of tags. */
@RegisterConstructorMapper(TagAlias.class)
interface TagAliasRepository {

  @SqlQuery("SELECT name_key, name, tag_id FROM tag_alias ORDER BY name_key")
  List<TagAlias> listAll();

  @SqlUpdate(
      """
      INSERT INTO tag_alias (name_key, name, tag_id, created_at)
      VALUES (:nameKey, :name, :tagId, :createdAt)
      """)
  void insert(String nameKey, String name, int tagId, Instant createdAt);

  @SqlUpdate("DELETE FROM tag_alias WHERE name_key = :nameKey")
  void delete(String nameKey);

  @SqlUpdate("UPDATE tag_alias SET tag_id = :into WHERE tag_id = :from")
  void repoint(int from, int into);
}
