package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class MatchAnswersPostgresTest extends MatchAnswersContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
