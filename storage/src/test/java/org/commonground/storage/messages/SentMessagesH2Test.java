package org.commonground.storage.messages;

import org.commonground.storage.testing.TestDatabase;

class SentMessagesH2Test extends SentMessagesContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
