package org.commonground.storage.copies;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The copies the app keeps track of in Slack and Teams; a digest's location is read from its
 * delivery.
 */
@RegisterConstructorMapper(SlackCopy.class)
interface SlackCopyRepository {

  String SELECT =
      """
      SELECT c.id, c.kind, COALESCE(c.channel, rm.dm_channel) AS channel,
          COALESCE(c.message_ts, rm.message_ts) AS ts, c.service_url,
          c.file_id, c.round_member_id, c.attempts,
          CASE WHEN rm.status = 'SENDING' THEN TRUE ELSE FALSE END AS delivery_under_way
      FROM slack_copy c LEFT JOIN round_member rm ON rm.id = c.round_member_id
      """;

  @SqlUpdate(
      """
      INSERT INTO slack_copy (kind, user_id, channel, message_ts, created_at)
      VALUES ('INTRO_CARD', :userId, :channel, :ts, :at)
      """)
  void insertCard(String userId, String channel, String ts, Instant at);

  @SqlUpdate(
      """
      INSERT INTO slack_copy (kind, user_id, created_at, remove_after)
      VALUES ('EXPORT_FILE', :userId, :at, :removeAfter)
      """)
  @GetGeneratedKeys("id")
  long insertFile(String userId, Instant at, Instant removeAfter);

  @SqlUpdate(
      """
      INSERT INTO slack_copy (kind, user_id, channel, message_ts, service_url, created_at,
          remove_after)
      VALUES ('EXPORT_MESSAGE', :userId, :chat, :activityId, :serviceUrl, :at, :removeAfter)
      """)
  void insertMessage(
      String userId,
      String serviceUrl,
      String chat,
      String activityId,
      Instant at,
      Instant removeAfter);

  @SqlUpdate("UPDATE slack_copy SET file_id = :fileId WHERE id = :id")
  int setFile(long id, String fileId);

  @SqlQuery(SELECT + " WHERE c.remove_after <= :now ORDER BY c.remove_after, c.id LIMIT :limit")
  List<SlackCopy> due(Instant now, int limit);

  @SqlQuery(SELECT + " WHERE c.id IN (<ids>) ORDER BY c.id")
  List<SlackCopy> find(@BindList("ids") List<Long> ids);

  @SqlUpdate("DELETE FROM slack_copy WHERE id = :id")
  int delete(long id);

  @SqlUpdate(
      """
      UPDATE slack_copy SET attempts = attempts + 1, last_error = LEFT(:error, 200),
          remove_after = :retryAt
      WHERE id = :id
      """)
  int failed(long id, String error, Instant retryAt);
}
