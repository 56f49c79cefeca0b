package org.commonground.storage.messages;

import org.commonground.storage.testing.TestDatabase;

class SentMessagesPostgresTest extends SentMessagesContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
