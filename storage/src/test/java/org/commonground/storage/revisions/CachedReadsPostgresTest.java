package org.commonground.storage.revisions;

import org.commonground.storage.testing.TestDatabase;

class CachedReadsPostgresTest extends CachedReadsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
