package org.commonground.storage.teams;

import org.commonground.storage.testing.TestDatabase;

class TeamsUsersH2Test extends TeamsUsersContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
