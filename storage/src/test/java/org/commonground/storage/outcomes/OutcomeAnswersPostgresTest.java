package org.commonground.storage.outcomes;

import org.commonground.storage.testing.TestDatabase;

class OutcomeAnswersPostgresTest extends OutcomeAnswersContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
