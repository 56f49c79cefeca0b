package org.commonground.storage.events;

import org.commonground.storage.testing.TestDatabase;

class ProcessedEventsH2Test extends ProcessedEventsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
