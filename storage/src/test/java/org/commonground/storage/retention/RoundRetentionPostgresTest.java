package org.commonground.storage.retention;

import org.commonground.storage.testing.TestDatabase;

class RoundRetentionPostgresTest extends RoundRetentionContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
