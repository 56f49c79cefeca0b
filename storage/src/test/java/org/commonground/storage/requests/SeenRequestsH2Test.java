package org.commonground.storage.requests;

import org.commonground.storage.testing.TestDatabase;

class SeenRequestsH2Test extends SeenRequestsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
