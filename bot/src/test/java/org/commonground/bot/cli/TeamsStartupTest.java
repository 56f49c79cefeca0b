package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.commonground.bot.testing.CapturedOutput;
import org.commonground.bot.testing.FakeIdentityProvider;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Starting {@code serve} for Teams alone, as an operator would. */
class TeamsStartupTest {

  @RegisterExtension final CapturedOutput output = new CapturedOutput();

  @TempDir Path folder;

  @Test
  void aSecretEntraRefusesStopsServeWithOneLineSayingWhatToCheck() {
    try (FakeIdentityProvider entra =
        new FakeIdentityProvider(TeamsClient.APP_ID, TeamsClient.APP_PASSWORD)) {
      Map<String, String> env = teamsAlone(entra);
      env.put("TEAMS_APP_PASSWORD", "an~expired~secret");

      int exit = CommonGroundCli.run(new String[] {"serve"}, env);

      assertThat(exit).isEqualTo(2);
      assertThat(output.err().lines()).hasSize(1);
      assertThat(output.err())
          .startsWith("commonground: Entra refused TEAMS_APP_ID with TEAMS_APP_PASSWORD")
          .contains("invalid_client", "App registrations")
          .doesNotContain("an~expired~secret");
    }
  }

  @Test
  void noSlackAndNoTeamsNamesBothWaysToStart() {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", DatabaseSettings.h2FileUrl(folder.resolve("db").toString()));

    int exit = CommonGroundCli.run(new String[] {"serve"}, env);

    assertThat(exit).isEqualTo(2);
    assertThat(output.err()).contains("SLACK_BOT_TOKEN is not set", "TEAMS_");
  }

  private Map<String, String> teamsAlone(FakeIdentityProvider entra) {
    Map<String, String> env = new HashMap<>();
    env.put("TEAMS_APP_ID", TeamsClient.APP_ID);
    env.put("TEAMS_APP_PASSWORD", TeamsClient.APP_PASSWORD);
    env.put("TEAMS_TENANT_ID", TeamsClient.HOME_TENANT);
    env.put("TEAMS_OPENID_METADATA_URL", entra.metadataUrl());
    env.put("TEAMS_TOKEN_URL", entra.tokenUrl(TeamsClient.HOME_TENANT));
    env.put("PORT", "0");
    env.put("DATABASE_URL", DatabaseSettings.h2FileUrl(folder.resolve("db").toString()));
    return env;
  }
}
