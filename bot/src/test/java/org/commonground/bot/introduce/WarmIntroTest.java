package org.commonground.bot.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /introduce @alice @bob why}: a group DM for the three, or a clear reason why not. */
class WarmIntroTest {

  private static final String CALLER = "U0CAROL";

  @RegisterExtension final RunningApp app = new RunningApp();

  private Network network;

  @BeforeEach
  void twoMembers() {
    network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
  }

  @Test
  void opensAGroupDmWithBothProfilesWhatTheyShareAndTheNote() {
    String reply =
        introduce(
            "<@U0ALICE|alice> <@U0BOB|bob> you both &lt;b&gt;map&lt;/b&gt; data &amp; <!channel>");

    assertThat(reply).contains("starting a group DM for <@U0ALICE>, <@U0BOB> and you");
    assertThat(app.slack().awaitCall("conversations.open").param("users"))
        .isEqualTo("U0CAROL,U0ALICE,U0BOB");
    SlackCall message = app.slack().awaitCalls("chat.postMessage", 3).get(2);
    assertThat(message.param("channel")).startsWith("G");
    assertThat(VisibleText.of(message.param("blocks")))
        .contains("<@U0CAROL> thinks <@U0ALICE> and <@U0BOB> should meet")
        .contains("<@U0ALICE> · Role of U0ALICE, *Wirral Council* · Sefton")
        .contains("<@U0BOB> · Role of U0BOB, *Open Door Centre* · Sefton")
        .contains("Works on *" + network.tag(0).name() + "*")
        .contains("You both work on *" + network.tag(1).name() + "*.")
        .contains("> you both &lt;b&gt;map&lt;/b&gt; data &amp; @channel")
        .doesNotContain("<!channel>");
  }

  @Test
  void fewerThanTwoPeopleIsExplained() {
    assertThat(introduce("<@U0ALICE|alice> please")).contains("Name the two people");
    assertThat(introduce("@alice @bob")).contains("Name the two people");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void someoneWhoHasNotIntroducedThemselvesIsNamed() {
    assertThat(introduce("<@U0ALICE|alice> <@U0NEW|new>"))
        .contains("<@U0NEW> hasn't introduced themselves yet — ask them to run /introduce");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void theSamePersonTwiceOrTheCallerThemselvesIsRefused() {
    assertThat(introduce("<@U0ALICE> <@U0ALICE>")).contains("You named <@U0ALICE> twice");
    assertThat(Members.command(app, "/introduce", "<@U0ALICE> <@U0BOB>", "U0BOB"))
        .contains("You can't introduce yourself");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  private String introduce(String text) {
    return Members.command(app, "/introduce", text, CALLER);
  }
}
