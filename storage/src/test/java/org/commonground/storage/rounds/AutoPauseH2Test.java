package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class AutoPauseH2Test extends AutoPauseContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
