package org.commonground.storage.revisions;

import org.commonground.storage.testing.TestDatabase;

class CachedReadsH2Test extends CachedReadsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
