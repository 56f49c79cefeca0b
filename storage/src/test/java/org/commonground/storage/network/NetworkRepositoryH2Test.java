package org.commonground.storage.network;

import org.commonground.storage.testing.TestDatabase;

class NetworkRepositoryH2Test extends NetworkRepositoryContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
