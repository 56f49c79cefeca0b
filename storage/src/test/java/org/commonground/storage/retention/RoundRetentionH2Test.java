package org.commonground.storage.retention;

import org.commonground.storage.testing.TestDatabase;

class RoundRetentionH2Test extends RoundRetentionContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
