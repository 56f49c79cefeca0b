package org.commonground.storage.impact;

import org.commonground.storage.testing.TestDatabase;

class ImpactFiguresH2Test extends ImpactFiguresContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
