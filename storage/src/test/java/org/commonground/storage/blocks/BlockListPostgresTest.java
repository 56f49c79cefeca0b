package org.commonground.storage.blocks;

import org.commonground.storage.testing.TestDatabase;

class BlockListPostgresTest extends BlockListContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
