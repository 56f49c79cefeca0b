package org.commonground.storage.organisations;

import java.util.Optional;

/** One organisation of a list an admin imports: its name, and its sector if the list gives one. */
public record ListedOrganisation(String name, Optional<Sector> sector) {}
