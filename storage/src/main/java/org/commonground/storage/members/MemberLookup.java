package org.commonground.storage.members;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Finding a member by their Slack user id, which every {@code /introduce} and App Home visit does
 * first. It stands apart from {@link MemberRepository} because Jdbi prepares every statement of an
 * interface each time one is attached, and that one has twenty.
 */
@RegisterConstructorMapper(Member.class)
public interface MemberLookup {

  @SqlQuery("SELECT " + MemberRepository.MEMBER_COLUMNS + " FROM member WHERE user_id = :userId")
  Optional<Member> findByUserId(String userId);
}
