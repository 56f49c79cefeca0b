package org.commonground.storage.requests;

import org.commonground.storage.testing.TestDatabase;

class SeenRequestsPostgresTest extends SeenRequestsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
