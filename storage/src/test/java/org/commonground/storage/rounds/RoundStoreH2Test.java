package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class RoundStoreH2Test extends RoundStoreContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
