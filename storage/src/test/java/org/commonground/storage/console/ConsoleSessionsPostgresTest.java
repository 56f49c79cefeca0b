package org.commonground.storage.console;

import org.commonground.storage.testing.TestDatabase;

class ConsoleSessionsPostgresTest extends ConsoleSessionsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
