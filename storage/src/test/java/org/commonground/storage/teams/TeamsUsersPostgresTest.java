package org.commonground.storage.teams;

import org.commonground.storage.testing.TestDatabase;

class TeamsUsersPostgresTest extends TeamsUsersContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
