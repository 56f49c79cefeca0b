package org.commonground.storage.copies;

import org.commonground.storage.testing.TestDatabase;

class SlackCopiesPostgresTest extends SlackCopiesContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
