package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class MemberConsentPostgresTest extends MemberConsentContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
