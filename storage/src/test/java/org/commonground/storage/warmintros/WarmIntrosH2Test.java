package org.commonground.storage.warmintros;

import org.commonground.storage.testing.TestDatabase;

class WarmIntrosH2Test extends WarmIntrosContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
