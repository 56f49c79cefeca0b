package org.commonground.storage.privacy;

import org.commonground.storage.testing.TestDatabase;

class MemberPrivacyPostgresTest extends MemberPrivacyContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
