package org.commonground.storage.organisations;

import org.commonground.storage.testing.TestDatabase;

class OrganisationTenantsPostgresTest extends OrganisationTenantsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
