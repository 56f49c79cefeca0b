package org.commonground.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.commonground.bot.testing.Manifest;
import org.junit.jupiter.api.Test;

class BotScopesTest {

  @Test
  void areTheBotScopesManifestYmlAsksFor() {
    assertThat(BotScopes.REQUIRED).containsExactlyElementsOf(Manifest.botScopes());
  }

  @Test
  void missingScopesAreNamedInTheManifestsOrder() {
    assertThat(BotScopes.missingFrom(Set.of("commands", "chat:write", "im:write", "users:read")))
        .containsExactly("mpim:write", "im:history", "files:write", "users:read.email");
  }
}
