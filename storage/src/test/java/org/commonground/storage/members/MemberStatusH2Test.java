package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class MemberStatusH2Test extends MemberStatusContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
