package org.commonground.storage.tags;

import org.commonground.storage.testing.TestDatabase;

class TagCatalogueH2Test extends TagCatalogueContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
