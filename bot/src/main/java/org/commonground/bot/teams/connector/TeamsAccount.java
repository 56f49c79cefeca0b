package org.commonground.bot.teams.connector;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One person as the Bot Connector describes them (its {@code TeamsChannelAccount}). Any field Teams
 * leaves out is the empty string; {@code email} stays empty when Teams gives none, rather than
 * borrowing {@code userPrincipalName}: a sign-in name is not always an address that takes mail, so
 * a caller that wants one or the other says so itself.
 *
 * @param id the person's id for this bot ({@code 29:...}), what conversations are opened with
 * @param aadObjectId their Entra object id, the same for every app in the tenant
 * @param name their display name
 * @param email their mail address, or empty
 * @param userPrincipalName their sign-in name
 * @param tenantId their tenant
 */
public record TeamsAccount(
    String id,
    String aadObjectId,
    String name,
    String email,
    String userPrincipalName,
    String tenantId) {

  static TeamsAccount from(JsonObject json) {
    return new TeamsAccount(
        text(json, "id"),
        text(json, "aadObjectId"),
        text(json, "name"),
        text(json, "email"),
        text(json, "userPrincipalName"),
        text(json, "tenantId"));
  }

  private static String text(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
  }
}
