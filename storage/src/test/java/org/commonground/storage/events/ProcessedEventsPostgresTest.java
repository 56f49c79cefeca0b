package org.commonground.storage.events;

import org.commonground.storage.testing.TestDatabase;

class ProcessedEventsPostgresTest extends ProcessedEventsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
