package org.commonground.storage.tags;

import org.commonground.storage.testing.TestDatabase;

class TagCataloguePostgresTest extends TagCatalogueContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
