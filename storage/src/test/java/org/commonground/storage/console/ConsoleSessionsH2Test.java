package org.commonground.storage.console;

import org.commonground.storage.testing.TestDatabase;

class ConsoleSessionsH2Test extends ConsoleSessionsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
