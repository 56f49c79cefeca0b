package org.commonground.storage.copies;

import org.commonground.storage.testing.TestDatabase;

class SlackCopiesH2Test extends SlackCopiesContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
