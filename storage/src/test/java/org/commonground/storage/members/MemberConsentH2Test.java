package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class MemberConsentH2Test extends MemberConsentContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
