package org.commonground.storage.blocks;

import org.commonground.storage.testing.TestDatabase;

class BlockListH2Test extends BlockListContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
