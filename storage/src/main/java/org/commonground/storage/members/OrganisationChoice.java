package org.commonground.storage.members;

/** The organisation a member picked from the list, or the name of one they are adding. */
public sealed interface OrganisationChoice {

  /** An organisation already known, by id. */
  record Existing(long organisationId) implements OrganisationChoice {}

  /** A name typed by the member; reused if an organisation of that name already exists. */
  record New(String name) implements OrganisationChoice {}
}
