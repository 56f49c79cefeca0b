package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commonground.bot.testing.CapturedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommandLineTest {

  @RegisterExtension final CapturedOutput output = new CapturedOutput();

  @Test
  void helpListsSubcommandsAndEveryVariable() {
    int exit = CommandLine.run(new String[] {"--help"}, Map.of());

    assertThat(exit).isZero();
    assertThat(output.out())
        .contains(
            "serve",
            "SLACK_BOT_TOKEN",
            "SLACK_SIGNING_SECRET",
            "DATABASE_URL",
            "DIGEST_CRON",
            "INTRO_CHANNEL");
  }

  @Test
  void serveWithoutASigningSecretExitsWithOneLineSayingWhereToFindIt() {
    int exit = CommandLine.run(new String[] {"serve"}, Map.of("SLACK_BOT_TOKEN", "xoxb-1-2"));

    assertThat(exit).isEqualTo(2);
    String message = output.err();
    assertThat(message.lines()).hasSize(1);
    assertThat(message).contains("SLACK_SIGNING_SECRET", "Basic Information");
  }

  @Test
  void serveWithAMalformedPortNamesTheVariable() {
    int exit =
        CommandLine.run(
            new String[] {"serve"},
            Map.of("SLACK_BOT_TOKEN", "xoxb-1-2", "SLACK_SIGNING_SECRET", "s", "PORT", "eighty"));

    assertThat(exit).isEqualTo(2);
    assertThat(output.err()).startsWith("commonground: PORT 'eighty'");
  }

  @Test
  void anUnknownSubcommandFailsWithUsage() {
    int exit = CommandLine.run(new String[] {"launch"}, Map.of());

    assertThat(exit).isNotZero();
    assertThat(output.err()).contains("launch");
  }
}
