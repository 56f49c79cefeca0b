package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's main command, end to end on a small network. */
class DemoCommandTest {

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
  void printsTheRoundsSummaryAndDigestsAsMembersReadThem() {
    int exit =
        CommandLine.run(
            new String[] {"demo", "--members", "80", "--seed", "7", "--digests", "2"}, Map.of());

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(printed)
        .contains("members introduced        80", "matched", "coverage", "cross-sector share")
        .contains("══ DM to ", "YOUR INTRODUCTIONS FOR THE WEEK OF", "[ Intro me ]  [ Not for me ]")
        .containsPattern("@[A-Z][a-zâ']+ [A-Z]")
        .doesNotContain("<@U0DEMO");
  }

  @Test
  void theSameSeedGivesTheSameRound() {
    CommandLine.run(
        new String[] {"demo", "--members", "60", "--seed", "11", "--digests", "1"}, Map.of());
    String first = out.toString(StandardCharsets.UTF_8).replaceAll("computed in .*", "");
    out.reset();
    CommandLine.run(
        new String[] {"demo", "--members", "60", "--seed", "11", "--digests", "1"}, Map.of());

    assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("computed in .*", ""))
        .isEqualTo(first);
  }

  @Test
  void aSillySizeIsRefusedWithOneLine() {
    int exit = CommandLine.run(new String[] {"demo", "--members", "1"}, Map.of());

    assertThat(exit).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--members must be 2 to 100000");
  }
}
