package org.commonground.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an operator turns the console on, and the one line a mistake gets. */
class ConsoleSettingsTest {

  private static final Map<String, String> SLACK_CONSOLE =
      Map.of(
          "CONSOLE_BASE_URL", "https://commonground.example.org/",
          "SLACK_CLIENT_ID", "1234.5678",
          "SLACK_CLIENT_SECRET", "secret");

  @Test
  void offUntilItsVariablesAreSet() {
    assertThat(Settings.fromEnvironment(Map.of()).console()).isEmpty();
  }

  @Test
  void onWithAnHttpsAddressAndSlacksCredentials() {
    ConsoleSettings console = Settings.fromEnvironment(SLACK_CONSOLE).console().orElseThrow();

    assertThat(console.baseUrl()).isEqualTo(URI.create("https://commonground.example.org"));
    assertThat(console.secure()).isTrue();
    assertThat(console.slackClient())
        .contains(new ConsoleSettings.SlackClient("1234.5678", "secret"));
  }

  @Test
  void aMissingSecretIsNamed() {
    Map<String, String> env = new HashMap<>(SLACK_CONSOLE);
    env.remove("SLACK_CLIENT_SECRET");

    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("The console needs SLACK_CLIENT_SECRET as well");
  }

  @Test
  void slacksCredentialsWithoutAnAddressAreNamed() {
    Map<String, String> env = new HashMap<>(SLACK_CONSOLE);
    env.remove("CONSOLE_BASE_URL");

    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .hasMessageStartingWith("The console needs CONSOLE_BASE_URL as well");
  }

  @Test
  void plainHttpIsRefusedExceptOnThisMachine() {
    Map<String, String> env = new HashMap<>(SLACK_CONSOLE);
    env.put("CONSOLE_BASE_URL", "http://commonground.example.org");
    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .hasMessageContaining("must be the https address the console is reached at");

    env.put("CONSOLE_BASE_URL", "http://127.0.0.1:3000");
    assertThat(Settings.fromEnvironment(env).console().orElseThrow().secure()).isFalse();
  }

  @Test
  void anAddressWithAPathIsRefused() {
    Map<String, String> env = new HashMap<>(SLACK_CONSOLE);
    env.put("CONSOLE_BASE_URL", "https://example.org/commonground");

    assertThatThrownBy(() -> Settings.fromEnvironment(env)).hasMessageContaining("without a path");
  }

  @Test
  void inTeamsAnAddressIsEnough() {
    Map<String, String> env = new HashMap<>();
    env.put("CONSOLE_BASE_URL", "https://commonground.example.org");
    env.put("TEAMS_APP_ID", "00000000-0000-0000-0000-000000000001");
    env.put("TEAMS_APP_PASSWORD", "secret");
    env.put("TEAMS_TENANT_ID", "00000000-0000-0000-0000-000000000002");

    assertThat(Settings.fromEnvironment(env).console().orElseThrow().slackClient()).isEmpty();
  }
}
