package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.slack.privacy.SlackCopyRemover;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.privacy.TeamsMessageRemover;
import org.commonground.bot.testing.ConnectorCall;
import org.commonground.bot.testing.ConnectorCall.Kind;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.FakeBotConnector.Answer;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.bot.testing.TestPaces;
import org.commonground.storage.copies.SlackCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The export a Teams member gets in their chat goes from it a day later, or when they delete their
 * profile first, as Slack's export file does.
 */
class TeamsExportRemovalTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  private TeamsClient teams;
  private TeamsPerson alice;
  private Slack slack;
  private String export;

  /** Alice introduces herself, then asks for her data. */
  @BeforeEach
  void exported() {
    teams = app.teams();
    alice = teams.person("Alice Example", "alice@nhs.example");
    teams.send(teams.installation(alice));
    teams.connector().awaitActivities(alice.conversationId(), 1);
    ProfileInputs.introduce(app, alice);
    teams.send(teams.message(alice, "introduce export"));
    JsonObject sent = teams.connector().awaitActivities(alice.conversationId(), 2).get(1);
    export = sent.get("id").getAsString();
    Eventually.until("the export to be recorded", () -> exportMessagesRecorded() == 1);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    slack = Slack.getInstance(config);
  }

  @AfterEach
  void closeSlack() throws Exception {
    slack.close();
  }

  @Test
  void theExportSaysItGoesFromTheChatInADay() {
    assertThat(activity(export).get("text").getAsString())
        .contains("we delete these messages from this chat in a day");
  }

  @Test
  void theExportIsDeletedFromTheChatADayAfterItWasSent() {
    app.clock().advance(SlackCopies.EXPORT_LIFETIME.minusMinutes(1));
    remover().removeDue();
    assertThat(deletions()).isEmpty();

    app.clock().advance(Duration.ofMinutes(1));
    remover().removeDue();

    assertThat(deletions())
        .extracting(ConnectorCall::conversationId, ConnectorCall::activityId, ConnectorCall::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(alice.conversationId(), export, 200));
    assertThat(ids()).doesNotContain(export).isNotEmpty();
    assertThat(exportMessagesRecorded()).isZero();
  }

  @Test
  void deletingTheProfileFirstDeletesTheExportAtOnceAndSaysSo() {
    teams.send(teams.execute(alice, CardIds.DELETE_CONFIRM_VERB, new JsonObject()));

    String told = told();
    assertThat(told).contains("the message of your data we sent you in Teams");
    assertThat(told).doesNotContain("wouldn't let us", "didn't answer");
    assertThat(deletions()).extracting(ConnectorCall::activityId).containsExactly(export);
    assertThat(ids()).doesNotContain(export);
    assertThat(exportMessagesRecorded()).isZero();
  }

  @Test
  void anExportAlreadyGoneFromTheChatCountsAsDeleted() {
    BotConnector connector = connector();
    connector.delete(teams.connector().serviceUrl(), alice.conversationId(), export);
    app.clock().advance(SlackCopies.EXPORT_LIFETIME);

    remover().removeDue();

    assertThat(deletions()).extracting(ConnectorCall::status).containsExactly(200, 404);
    assertThat(exportMessagesRecorded()).isZero();
    app.clock().advance(Duration.ofHours(1));
    remover().removeDue();
    assertThat(deletions()).hasSize(2);
  }

  @Test
  void aThrottledDeletionIsTriedAgainLater() {
    // Longer than the connector waits out itself, so the removal is scheduled for later.
    teams.connector().answerNext(Kind.DELETE, Answer.throttled(3));
    app.clock().advance(SlackCopies.EXPORT_LIFETIME);

    remover().removeDue();

    assertThat(deletions()).extracting(ConnectorCall::status).containsExactly(429);
    assertThat(ids()).contains(export);
    assertThat(exportMessagesRecorded()).isEqualTo(1);
    remover().removeDue();
    assertThat(deletions()).hasSize(1);

    app.clock().advance(Duration.ofMinutes(5));
    remover().removeDue();

    assertThat(deletions()).extracting(ConnectorCall::status).containsExactly(429, 200);
    assertThat(ids()).doesNotContain(export);
    assertThat(exportMessagesRecorded()).isZero();
  }

  @Test
  void aThrottledDeletionAtErasureIsReportedAsPendingAndTriedAgainLater() {
    // Longer than the connector waits out itself, so the removal is scheduled for later.
    teams.connector().answerNext(Kind.DELETE, Answer.throttled(3));

    teams.send(teams.execute(alice, CardIds.DELETE_CONFIRM_VERB, new JsonObject()));

    String told = told();
    assertThat(told.substring(told.indexOf("Teams didn't answer")))
        .contains("the message of your data we sent you in Teams");
    assertThat(told).doesNotContain("Slack didn't answer");
    app.clock().advance(Duration.ofMinutes(5));
    remover().removeDue();
    assertThat(deletions()).extracting(ConnectorCall::status).containsExactly(429, 200);
    assertThat(ids()).doesNotContain(export);
  }

  /** The remover as the scheduled task runs it, with Teams on. */
  private SlackCopyRemover remover() {
    return new SlackCopyRemover(
        new SlackCopies(app.jdbi(), app.clock()),
        new SlackRemovals(slack.methods(RunningApp.BOT_TOKEN)),
        (roundMemberId, location, messageId) -> {
          throw new AssertionError("no digest shows Alice");
        },
        new TeamsMessageRemover(connector()));
  }

  private BotConnector connector() {
    return TeamsAdapter.connector(
        TeamsAdapter.tokens(app.settings().teams().orElseThrow(), app.clock()), TestPaces.teams());
  }

  private List<ConnectorCall> deletions() {
    return teams.connector().calls().stream().filter(c -> c.kind() == Kind.DELETE).toList();
  }

  private List<String> ids() {
    return teams.connector().activities(alice.conversationId()).stream()
        .map(a -> a.get("id").getAsString())
        .toList();
  }

  private JsonObject activity(String id) {
    return teams.connector().activities(alice.conversationId()).stream()
        .filter(a -> a.get("id").getAsString().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The message telling Alice what was deleted. */
  private String told() {
    Eventually.until(
        "Alice to be told what was deleted",
        () -> teams.connector().activities(alice.conversationId()).stream().anyMatch(this::told));
    return teams.connector().activities(alice.conversationId()).stream()
        .filter(this::told)
        .findFirst()
        .orElseThrow()
        .get("text")
        .getAsString();
  }

  private boolean told(JsonObject activity) {
    return activity.has("text") && activity.get("text").getAsString().contains("We deleted:");
  }

  private int exportMessagesRecorded() {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM slack_copy WHERE kind = 'EXPORT_MESSAGE'")
                    .mapTo(Integer.class)
                    .one());
  }
}
