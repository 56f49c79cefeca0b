package org.commonground.bot.orgs;

/** What an admin asked {@code /orgs} to do, parsed from the typed line. */
sealed interface OrgCommand {

  record ListOrgs() implements OrgCommand {}

  record Help() implements OrgCommand {}

  record Rename(String name, String newName) implements OrgCommand {}

  record Merge(String from, String into) implements OrgCommand {}

  record SetSector(String name, String sector) implements OrgCommand {}
}
