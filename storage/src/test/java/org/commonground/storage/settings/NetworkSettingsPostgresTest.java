package org.commonground.storage.settings;

import org.commonground.storage.testing.TestDatabase;

class NetworkSettingsPostgresTest extends NetworkSettingsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
