package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @Test
  void helpListsSubcommandsAndEveryVariable() {
    int exit = CommandLine.run(new String[] {"--help"}, Map.of());

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
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
    String message = err.toString(StandardCharsets.UTF_8);
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
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("commonground: PORT 'eighty'");
  }

  @Test
  void anUnknownSubcommandFailsWithUsage() {
    int exit = CommandLine.run(new String[] {"launch"}, Map.of());

    assertThat(exit).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("launch");
  }
}
