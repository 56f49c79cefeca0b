package org.commonground.storage.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.commonground.storage.NameKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Introduces thousands of members at once for tests of large networks: the same rows the profile
 * form writes, in three batches in one transaction, instead of one transaction per member.
 */
public final class BulkProfiles {

  /** One member to introduce: their own organisation, texts and tag ids. */
  public record Row(
      String userId,
      String organisation,
      String role,
      String workingOn,
      int matchesPerWeek,
      List<Integer> challengeIds) {}

  /** Members whose tags go in one statement: well under PostgreSQL's 65,535 parameters. */
  private static final int TAG_ROWS_PER_STATEMENT = 1_000;

  private BulkProfiles() {}

  /**
   * Introduces every row's member, who offers and asks for help with their own challenges and
   * agreed to privacy notice {@code noticeVersion}.
   */
  public static void introduce(Jdbi jdbi, List<Row> rows, String noticeVersion, Instant now) {
    jdbi.useTransaction(
        handle -> {
          PreparedBatch organisations =
              handle.prepareBatch(
                  """
                  INSERT INTO organisation (name, name_key, sector, created_by, created_at)
                  VALUES (:name, :key, 'VCFSE', :user, :now)
                  """);
          PreparedBatch members =
              handle.prepareBatch(
                  """
                  INSERT INTO member (user_id, organisation_id, sector, role, place,
                      working_on, matches_per_week, consent_notice_version, consented_at,
                      introduced_at, updated_at, last_active_at)
                  SELECT :user, id, 'VCFSE', :role, 'Wirral', :workingOn, :matches, :version,
                      :now, :now, :now, :now
                  FROM organisation WHERE name_key = :key
                  """);
          for (Row row : rows) {
            String key = NameKey.of(row.organisation());
            organisations
                .bind("name", row.organisation())
                .bind("key", key)
                .bind("user", row.userId())
                .bind("now", now)
                .add();
            members
                .bind("user", row.userId())
                .bind("role", row.role())
                .bind("workingOn", row.workingOn())
                .bind("matches", row.matchesPerWeek())
                .bind("version", noticeVersion)
                .bind("now", now)
                .bind("key", key)
                .add();
          }
          organisations.execute();
          members.execute();
          for (int from = 0; from < rows.size(); from += TAG_ROWS_PER_STATEMENT) {
            insertTags(
                handle, rows.subList(from, Math.min(rows.size(), from + TAG_ROWS_PER_STATEMENT)));
          }
        });
  }

  /**
   * Tags go in a few large statements rather than one per row: each statement on a tag table moves
   * its revision counter, which one row at a time would do a hundred thousand times.
   */
  private static void insertTags(Handle handle, List<Row> rows) {
    StringJoiner values = new StringJoiner(", ");
    List<Object> arguments = new ArrayList<>();
    for (Row row : rows) {
      for (String kind : List.of("CHALLENGE", "OFFER", "ASK")) {
        for (int tag : row.challengeIds()) {
          values.add("(?, ?, CAST(? AS INTEGER))");
          arguments.addAll(List.of(row.userId(), kind, tag));
        }
      }
    }
    Update insert =
        handle.createUpdate(
            "INSERT INTO member_tag (member_id, kind, tag_id) SELECT m.id, v.kind, v.tag FROM"
                + " (VALUES "
                + values
                + ") AS v (user_id, kind, tag)"
                + " JOIN member m ON m.user_id = v.user_id");
    for (int i = 0; i < arguments.size(); i++) {
      insert.bind(i, arguments.get(i));
    }
    insert.execute();
  }
}
