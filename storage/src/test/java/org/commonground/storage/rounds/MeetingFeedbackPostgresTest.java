package org.commonground.storage.rounds;

import org.commonground.storage.testing.TestDatabase;

class MeetingFeedbackPostgresTest extends MeetingFeedbackContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
