package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class PeopleToMeetPostgresTest extends PeopleToMeetContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
