package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commonground.bot.testing.CapturedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's main command, end to end on a small network. */
class DemoCommandTest {

  @RegisterExtension final CapturedOutput output = new CapturedOutput();

  @Test
  void printsTheRoundsSummaryAndDigestsAsMembersReadThem() {
    int exit =
        CommonGroundCli.run(
            new String[] {"demo", "--members", "80", "--seed", "7", "--digests", "2"}, Map.of());

    String printed = output.out();
    assertThat(exit).isZero();
    assertThat(printed)
        .contains("members introduced        80", "matched", "coverage", "cross-sector share")
        .contains("on Slack / on Teams", "pairs across Slack/Teams")
        .contains("══ DM to ", "YOUR INTRODUCTIONS FOR THE WEEK OF", "[ Intro me ]  [ Not for me ]")
        .contains("══ Teams chat with ", "Your introductions for the week of")
        .containsPattern("@[A-Z][a-zâ']+ [A-Z]")
        .doesNotContain("<@U0DEMO");
  }

  @Test
  void theSameSeedGivesTheSameRound() {
    CommonGroundCli.run(
        new String[] {"demo", "--members", "60", "--seed", "11", "--digests", "1"}, Map.of());
    String first = output.out().replaceAll("computed in .*", "");
    output.reset();
    CommonGroundCli.run(
        new String[] {"demo", "--members", "60", "--seed", "11", "--digests", "1"}, Map.of());

    assertThat(output.out().replaceAll("computed in .*", "")).isEqualTo(first);
  }

  @Test
  void aSillySizeIsRefusedWithOneLine() {
    int exit = CommonGroundCli.run(new String[] {"demo", "--members", "1"}, Map.of());

    assertThat(exit).isNotZero();
    assertThat(output.err()).contains("--members must be 2 to 100000");
  }
}
