package org.commonground.storage.members;

import org.commonground.storage.testing.TestDatabase;

class ProfileStoreH2Test extends ProfileStoreContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
