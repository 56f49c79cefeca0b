package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** "Not for me": pairs never to be formed again. */
@RegisterConstructorMapper(DeclineRepository.Decline.class)
public interface DeclineRepository {

  /** One member's decline of another. */
  record Decline(long memberId, long declinedMemberId) {}

  @SqlUpdate(
      """
      INSERT INTO declined_pair (member_id, declined_member_id, declined_at)
      SELECT :memberId, :declinedMemberId, :at
      WHERE NOT EXISTS (SELECT 1 FROM declined_pair
                        WHERE member_id = :memberId AND declined_member_id = :declinedMemberId)
      """)
  void decline(long memberId, long declinedMemberId, Instant at);

  @SqlQuery("SELECT member_id, declined_member_id FROM declined_pair")
  List<Decline> all();
}
