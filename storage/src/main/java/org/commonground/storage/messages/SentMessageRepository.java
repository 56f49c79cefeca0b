package org.commonground.storage.messages;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One row per kind, subject and person: when the message went out and where it landed. */
@RegisterConstructorMapper(SentMessage.class)
interface SentMessageRepository {

  String KEY = "kind = :kind AND subject_id = :subjectId AND user_id = :userId";

  /** Adds the row unless there is one already (a racing insert included): 1 if it was added. */
  @SqlUpdate(
      """
      INSERT INTO sent_message (kind, subject_id, user_id, sent_at, channel, message_ts)
      VALUES (:kind, :subjectId, :userId, :at, :channel, :ts)
      ON CONFLICT DO NOTHING
      """)
  int insertIfAbsent(
      String kind, long subjectId, String userId, Instant at, String channel, String ts);

  /** Takes the row for a new message unless one went out after {@code quietSince}. */
  @SqlUpdate(
      "UPDATE sent_message SET sent_at = :at, channel = NULL, message_ts = NULL WHERE "
          + KEY
          + " AND sent_at <= :quietSince")
  int claimAfter(String kind, long subjectId, String userId, Instant at, Instant quietSince);

  @SqlUpdate(
      "UPDATE sent_message SET sent_at = :at, channel = :channel, message_ts = :ts WHERE " + KEY)
  int land(String kind, long subjectId, String userId, Instant at, String channel, String ts);

  @SqlQuery(
      "SELECT channel, message_ts AS ts FROM sent_message WHERE "
          + KEY
          + " AND channel IS NOT NULL AND message_ts IS NOT NULL")
  Optional<SentMessage> find(String kind, long subjectId, String userId);
}
