package org.commonground.bot.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the app talks to Microsoft Teams through the Bot Framework, read when {@code TEAMS_APP_ID} is
 * set.
 *
 * @param appId the bot's Microsoft App ID, the audience of every token the Bot Framework sends
 * @param appPassword the bot's client secret, for the tokens the bot sends with its own calls
 * @param tenantId the bot's home tenant
 * @param openIdMetadataUrl the document naming the keys the Bot Framework signs with
 * @param tokenUrl where the bot gets its own tokens (client credentials)
 * @param allowedTenants tenants allowed besides the home tenant
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    String tenantId,
    String openIdMetadataUrl,
    String tokenUrl,
    Set<String> allowedTenants) {

  static final String DEFAULT_OPENID_METADATA_URL =
      "https://login.botframework.com/v1/.well-known/openidconfiguration";

  /** Whether {@code tenantId} may use the app: the home tenant or one of the allowed ones. */
  public boolean allows(String tenantId) {
    return this.tenantId.equalsIgnoreCase(tenantId)
        || allowedTenants.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(tenantId));
  }

  /** The home tenant and the allowed ones, in lower case, as Entra writes a tenant id. */
  public Set<String> tenants() {
    Set<String> tenants = new TreeSet<>();
    tenants.add(tenantId.toLowerCase(Locale.ROOT));
    allowedTenants.forEach(tenant -> tenants.add(tenant.toLowerCase(Locale.ROOT)));
    return tenants;
  }

  /**
   * Only the bot's App ID, for commands that describe the bot to Teams without talking to it (such
   * as {@code teams-package}), so they run without the client secret.
   */
  public static String appId(Map<String, String> env) {
    String appId =
        new EnvironmentReader(env)
            .optionalText(EnvironmentVariable.TEAMS_APP_ID)
            .orElseThrow(
                () ->
                    new SettingsException(
                        "TEAMS_APP_ID is not set: give the Application (client) ID of the bot's"
                            + " app registration in Entra"));
    guid(EnvironmentVariable.TEAMS_APP_ID, appId, "the Application (client) ID");
    return appId;
  }

  static Optional<TeamsSettings> read(EnvironmentReader read) {
    return read.optionalText(EnvironmentVariable.TEAMS_APP_ID).map(appId -> read(read, appId));
  }

  private static TeamsSettings read(EnvironmentReader read, String appId) {
    guid(EnvironmentVariable.TEAMS_APP_ID, appId, "the Application (client) ID");
    String password =
        read.optionalText(EnvironmentVariable.TEAMS_APP_PASSWORD)
            .orElseThrow(
                () ->
                    new SettingsException(
                        "TEAMS_APP_PASSWORD is not set: TEAMS_APP_ID is, so give the client"
                            + " secret made for that app under Certificates & secrets in Entra"));
    String tenant =
        read.optionalText(EnvironmentVariable.TEAMS_TENANT_ID)
            .orElseThrow(
                () ->
                    new SettingsException(
                        "TEAMS_TENANT_ID is not set: TEAMS_APP_ID is, so give the Directory"
                            + " (tenant) ID the bot is registered in"));
    guid(EnvironmentVariable.TEAMS_TENANT_ID, tenant, "the Directory (tenant) ID");
    return new TeamsSettings(
        appId,
        password,
        tenant,
        read.optionalPage(
                EnvironmentVariable.TEAMS_OPENID_METADATA_URL, DEFAULT_OPENID_METADATA_URL)
            .orElse(DEFAULT_OPENID_METADATA_URL),
        read.optionalPage(EnvironmentVariable.TEAMS_TOKEN_URL, defaultTokenUrl(tenant))
            .orElse(defaultTokenUrl(tenant)),
        allowedTenants(read));
  }

  static String defaultTokenUrl(String tenantId) {
    return "https://login.microsoftonline.com/" + tenantId + "/oauth2/v2.0/token";
  }

  private static Set<String> allowedTenants(EnvironmentReader read) {
    Set<String> tenants =
        Settings.splitIds(read.optionalText(EnvironmentVariable.TEAMS_ALLOWED_TENANTS).orElse(""));
    tenants.forEach(
        tenant ->
            guid(EnvironmentVariable.TEAMS_ALLOWED_TENANTS, tenant, "a Directory (tenant) ID"));
    return tenants;
  }

  private static void guid(EnvironmentVariable variable, String value, String what) {
    if (!Guid.is(value)) {
      throw new SettingsException(
          variable.name()
              + " '"
              + value
              + "' is not "
              + what
              + ": use the GUID Entra shows, like "
              + Guid.EXAMPLE);
    }
  }
}
