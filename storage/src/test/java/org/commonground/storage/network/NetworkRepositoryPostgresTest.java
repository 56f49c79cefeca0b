package org.commonground.storage.network;

import org.commonground.storage.testing.TestDatabase;

class NetworkRepositoryPostgresTest extends NetworkRepositoryContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
