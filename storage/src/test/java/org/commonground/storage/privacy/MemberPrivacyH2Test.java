package org.commonground.storage.privacy;

import org.commonground.storage.testing.TestDatabase;

class MemberPrivacyH2Test extends MemberPrivacyContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
