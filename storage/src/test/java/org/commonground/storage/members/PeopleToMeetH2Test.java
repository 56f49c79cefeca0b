package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class PeopleToMeetH2Test extends PeopleToMeetContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
