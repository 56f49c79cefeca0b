package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With Teams on, a warm introduction among Slack members goes just as on Slack alone: cards in
 * their DMs, and two yeses open the group DM of the three.
 */
class WarmIntroWithTeamsOnTest {

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withTeams()
          .with("ADMIN_USER_IDS", Members.ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private WarmIntroWire wire;

  @AfterEach
  void closeWire() throws Exception {
    wire.close();
  }

  @Test
  void slackMembersStillMeetInAGroupDm() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    network.introduce("U0CAROL", "Kindred", "VCFSE", 3);
    app.slack().awaitCalls("chat.postMessage", 3);
    wire = new WarmIntroWire(app);

    assertThat(wire.suggest("U0CAROL", "<@U0ALICE|alice> <@U0BOB|bob> you both map data"))
        .contains("I've asked <@U0ALICE> and <@U0BOB>, each privately");
    app.slack().awaitCalls("chat.postMessage", 5);
    SlackCall aliceCard = wire.cardTo("U0ALICE", 0);
    SlackCall bobCard = wire.cardTo("U0BOB", 0);
    assertThat(VisibleText.of(aliceCard.param("blocks")))
        .contains("<@U0CAROL> thinks you and <@U0BOB> should meet");

    wire.click("U0ALICE", WarmIntroCard.YES_ACTION, aliceCard);
    app.slack().awaitCall("chat.update");
    wire.click("U0BOB", WarmIntroCard.YES_ACTION, bobCard);

    assertThat(app.slack().awaitCall("conversations.open").param("users"))
        .isEqualTo("U0CAROL,U0ALICE,U0BOB");
    SlackCall starter = app.slack().awaitCalls("chat.postMessage", 6).get(5);
    assertThat(VisibleText.of(starter.param("blocks")))
        .contains("<@U0ALICE>, meet <@U0BOB>! You both said yes to <@U0CAROL>'s suggestion");
    assertThat(app.teams().connector().calls()).isEmpty();
  }
}
