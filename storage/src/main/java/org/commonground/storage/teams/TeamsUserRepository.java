package org.commonground.storage.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(TeamsUser.class)
interface TeamsUserRepository {

  String COLUMNS =
      "user_id, bot_user_id, tenant_id, service_url, conversation_id, name, email, installed";

  @SqlUpdate(
      """
      UPDATE teams_user SET bot_user_id = :botUserId, tenant_id = :tenantId,
          service_url = :serviceUrl, conversation_id = :conversationId, name = :name,
          email = :email, installed = :installed, updated_at = :at
      WHERE user_id = :userId
      """)
  int update(@BindMethods TeamsUser user, Instant at);

  @SqlUpdate(
      "INSERT INTO teams_user ("
          + COLUMNS
          + ", updated_at) VALUES (:userId, :botUserId, :tenantId, :serviceUrl,"
          + " :conversationId, :name, :email, :installed, :at) ON CONFLICT DO NOTHING")
  int insertIfAbsent(@BindMethods TeamsUser user, Instant at);

  @SqlQuery("SELECT " + COLUMNS + " FROM teams_user WHERE user_id = :userId")
  Optional<TeamsUser> find(String userId);

  @SqlQuery("SELECT " + COLUMNS + " FROM teams_user WHERE bot_user_id = :botUserId")
  List<TeamsUser> findByBotUserId(String botUserId);

  /** Whether the app is installed for them, locking the row until the transaction ends. */
  @SqlQuery("SELECT installed FROM teams_user WHERE user_id = :userId FOR UPDATE")
  Optional<Boolean> installedForUpdate(String userId);

  /** Pauses the member until they resume, unless they are paused so already. */
  @SqlUpdate(
      """
      UPDATE member SET paused_until = :untilResumed, updated_at = :at
      WHERE user_id = :userId AND (paused_until IS NULL OR paused_until < :untilResumed)
      """)
  int pauseUntilResumed(String userId, LocalDate untilResumed, Instant at);

  @SqlQuery("SELECT COUNT(*) > 0 FROM member WHERE user_id = :userId")
  boolean isMember(String userId);

  /** Ends a pause until resumed; a pause to a date the member chose stays. */
  @SqlUpdate(
      """
      UPDATE member SET paused_until = NULL, updated_at = :at
      WHERE user_id = :userId AND paused_until = :untilResumed
      """)
  int resume(String userId, LocalDate untilResumed, Instant at);

  @SqlUpdate("UPDATE teams_user SET installed = FALSE, updated_at = :at WHERE user_id = :userId")
  int uninstall(String userId, Instant at);

  @SqlUpdate("DELETE FROM teams_user WHERE user_id = :userId")
  int delete(String userId);

  @SqlUpdate(
      """
      DELETE FROM teams_user
      WHERE updated_at < :cutoff
        AND NOT EXISTS (SELECT 1 FROM member WHERE member.user_id = teams_user.user_id)
      """)
  int deleteUnintroducedBefore(Instant cutoff);
}
