package org.commonground.bot.core.orgs;

/** What an admin asked {@code /orgs} to do, parsed from the typed line. */
sealed interface OrgRequest {

  record ListOrgs() implements OrgRequest {}

  record Help() implements OrgRequest {}

  record Rename(String name, String newName) implements OrgRequest {}

  record Merge(String from, String into) implements OrgRequest {}

  record SetSector(String name, String sector) implements OrgRequest {}

  record LinkTenant(String name, String tenantId) implements OrgRequest {}

  record UnlinkTenant(String name, String tenantId) implements OrgRequest {}
}
