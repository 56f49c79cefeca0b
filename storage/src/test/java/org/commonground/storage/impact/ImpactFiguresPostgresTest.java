package org.commonground.storage.impact;

import org.commonground.storage.testing.TestDatabase;

class ImpactFiguresPostgresTest extends ImpactFiguresContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
