package org.commonground.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamsSettingsTest {

  private static final String APP = "11111111-2222-3333-4444-555555555555";
  private static final String HOME = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
  private static final String OTHER = "99999999-8888-7777-6666-555555555555";

  @Test
  void teamsIsOffUntilAnAppIdIsSet() {
    assertThat(Settings.fromEnvironment(Map.of()).teams()).isEmpty();
    assertThat(Settings.fromEnvironment(Map.of("TEAMS_APP_PASSWORD", "secret")).teams()).isEmpty();
  }

  @Test
  void defaultsPointAtTheBotFrameworkAndTheHomeTenant() {
    TeamsSettings teams = Settings.fromEnvironment(on()).teams().orElseThrow();

    assertThat(teams.appId()).isEqualTo(APP);
    assertThat(teams.appPassword()).isEqualTo("secret");
    assertThat(teams.tenantId()).isEqualTo(HOME);
    assertThat(teams.openIdMetadataUrl())
        .isEqualTo("https://login.botframework.com/v1/.well-known/openidconfiguration");
    assertThat(teams.tokenUrl())
        .isEqualTo("https://login.microsoftonline.com/" + HOME + "/oauth2/v2.0/token");
    assertThat(teams.allowedTenants()).isEmpty();
    assertThat(teams.allows(HOME)).isTrue();
    assertThat(teams.allows(OTHER)).isFalse();
  }

  @Test
  void readsEveryTeamsVariable() {
    Map<String, String> env = on();
    env.put("TEAMS_OPENID_METADATA_URL", "http://127.0.0.1:9999/openid");
    env.put("TEAMS_TOKEN_URL", "http://127.0.0.1:9999/token");
    env.put("TEAMS_ALLOWED_TENANTS", " " + OTHER + " , ");

    TeamsSettings teams = Settings.fromEnvironment(env).teams().orElseThrow();

    assertThat(teams.openIdMetadataUrl()).isEqualTo("http://127.0.0.1:9999/openid");
    assertThat(teams.tokenUrl()).isEqualTo("http://127.0.0.1:9999/token");
    assertThat(teams.allowedTenants()).containsExactly(OTHER);
    assertThat(teams.allows(OTHER.toUpperCase())).isTrue();
  }

  @Test
  void anAppIdNeedsItsSecretAndHomeTenant() {
    Map<String, String> noSecret = on();
    noSecret.remove("TEAMS_APP_PASSWORD");
    Map<String, String> noTenant = on();
    noTenant.remove("TEAMS_TENANT_ID");

    assertThatThrownBy(() -> Settings.fromEnvironment(noSecret))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("TEAMS_APP_PASSWORD is not set: TEAMS_APP_ID is");
    assertThatThrownBy(() -> Settings.fromEnvironment(noTenant))
        .hasMessageStartingWith("TEAMS_TENANT_ID is not set: TEAMS_APP_ID is");
  }

  @Test
  void badValuesStopStartUpWithOneLineNamingTheVariable() {
    assertRefused("TEAMS_APP_ID", "my-bot", "TEAMS_APP_ID 'my-bot' is not the Application");
    assertRefused("TEAMS_TENANT_ID", "contoso", "TEAMS_TENANT_ID 'contoso' is not the Directory");
    assertRefused("TEAMS_ALLOWED_TENANTS", HOME + ",x", "TEAMS_ALLOWED_TENANTS 'x' is not a");
    assertRefused("TEAMS_TOKEN_URL", "login", "TEAMS_TOKEN_URL 'login' is not an http(s) URL");
    assertRefused(
        "TEAMS_OPENID_METADATA_URL", "ftp://x", "TEAMS_OPENID_METADATA_URL 'ftp://x' is not an");
  }

  private static void assertRefused(String variable, String value, String start) {
    Map<String, String> env = on();
    env.put(variable, value);
    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(start)
        .hasMessageNotContaining("\n");
  }

  private static Map<String, String> on() {
    Map<String, String> env = new HashMap<>();
    env.put("TEAMS_APP_ID", APP);
    env.put("TEAMS_APP_PASSWORD", "secret");
    env.put("TEAMS_TENANT_ID", HOME);
    return env;
  }
}
