package org.commonground.storage.outcomes;

import org.commonground.storage.testing.TestDatabase;

class OutcomeAnswersH2Test extends OutcomeAnswersContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
