package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class RoundStorePostgresTest extends RoundStoreContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
