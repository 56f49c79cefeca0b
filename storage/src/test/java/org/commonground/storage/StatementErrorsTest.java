package org.commonground.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Errors get logged; what a member typed must not travel in them. */
class StatementErrorsTest {

  private static final String TYPED = "Safeguarding lead for a named family";

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  @Test
  void aFailedStatementsErrorDoesNotCarryTheValuesBoundToIt() {
    Throwable error =
        catchThrowable(
            () ->
                db.database()
                    .jdbi()
                    .useHandle(
                        h ->
                            h.createUpdate(
                                    """
                                    INSERT INTO tag (name, name_key, theme, description, status,
                                        created_at)
                                    VALUES (:typed, :typed, 'Theme', :typed, 'BOGUS',
                                        CURRENT_TIMESTAMP)
                                    """)
                                .bind("typed", TYPED)
                                .execute()));

    assertThat(error).hasMessageContaining("tag_status_known");
    assertThat(error.getMessage()).doesNotContain(TYPED);
  }
}
