package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class AutoPausePostgresTest extends AutoPauseContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
