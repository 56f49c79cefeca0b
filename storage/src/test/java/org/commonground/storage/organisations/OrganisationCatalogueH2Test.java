package org.commonground.storage.organisations;

import org.commonground.storage.testing.TestDatabase;

class OrganisationCatalogueH2Test extends OrganisationCatalogueContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
