package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class MemberStatusPostgresTest extends MemberStatusContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
