package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.bot.testing.ConnectorCall;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 429 from the Bot Connector is waited out, and the reply still arrives once. */
class TeamsThrottlingTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  @Test
  void aThrottledReplyIsSentAgainOnlyAfterRetryAfter() {
    TeamsClient teams = app.teams();
    TeamsPerson alice = teams.person("Alice Example", "alice@nhs.example");
    teams.connector().answerNext(ConnectorCall.Kind.SEND, FakeBotConnector.Answer.throttled(1));

    teams.send(teams.installation(alice));

    assertThat(teams.connector().awaitActivities(alice.conversationId(), 1)).hasSize(1);
    var sends =
        teams.connector().calls().stream()
            .filter(c -> c.kind() == ConnectorCall.Kind.SEND)
            .toList();
    assertThat(sends).extracting(ConnectorCall::status).containsExactly(429, 201);
    assertThat(sends.get(1).receivedAtNanos() - sends.get(0).receivedAtNanos())
        .isGreaterThanOrEqualTo(1_000_000_000L);
  }
}
