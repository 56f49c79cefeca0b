package org.commonground.storage.settings;

import org.commonground.storage.testing.TestDatabase;

class NetworkSettingsH2Test extends NetworkSettingsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
