package org.commonground.storage.organisations;

import org.commonground.storage.testing.TestDatabase;

class OrganisationCataloguePostgresTest extends OrganisationCatalogueContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
