package org.commonground.storage.organisations;

import org.commonground.storage.testing.TestDatabase;

class OrganisationTenantsH2Test extends OrganisationTenantsContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
