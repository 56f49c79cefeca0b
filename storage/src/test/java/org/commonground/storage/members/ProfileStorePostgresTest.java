package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class ProfileStorePostgresTest extends ProfileStoreContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
