package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class MatchAnswersH2Test extends MatchAnswersContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
