package org.commonground.storage.tags;

import org.commonground.storage.testing.TestDatabase;

class TagSuggestionsH2Test extends TagSuggestionsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
