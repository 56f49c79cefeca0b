package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class MeetingFeedbackH2Test extends MeetingFeedbackContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
