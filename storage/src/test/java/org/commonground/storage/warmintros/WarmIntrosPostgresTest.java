package org.commonground.storage.warmintros;

import org.commonground.storage.testing.TestDatabase;

class WarmIntrosPostgresTest extends WarmIntrosContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
