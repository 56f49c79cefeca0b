package org.commonground.storage.tags;

import org.commonground.storage.testing.TestDatabase;

class TagSuggestionsPostgresTest extends TagSuggestionsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
