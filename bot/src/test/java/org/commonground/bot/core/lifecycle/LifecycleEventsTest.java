package org.commonground.bot.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code team_join} and {@code user_change}, signed and sent as Slack sends them. */
class LifecycleEventsTest {

  @RegisterExtension final RunningApp app = new RunningApp();

  @Test
  void welcomesANewcomerOnceHoweverOftenSlackRetries() {
    String joined = SlackPayloads.teamJoin("Ev0JOIN1", "U0NEWBIE");

    assertThat(app.requests().event(joined).statusCode()).isEqualTo(200);
    for (int retry = 1; retry <= 3; retry++) {
      HttpResponse<String> response =
          app.requests()
              .event(
                  joined,
                  Map.of(
                      "X-Slack-Retry-Num",
                      Integer.toString(retry),
                      "X-Slack-Retry-Reason",
                      "http_timeout"));
      assertThat(response.statusCode()).isEqualTo(200);
    }
    app.requests().event(SlackPayloads.teamJoin("Ev0JOIN2", "U0LATER"));

    List<SlackCall> posts = app.slack().awaitCalls("chat.postMessage", 2);
    List<SlackCall> welcomes =
        posts.stream().filter(c -> c.param("channel").equals("U0NEWBIE")).toList();
    assertThat(welcomes).hasSize(1);
    assertThat(VisibleText.of(welcomes.get(0).param("blocks")))
        .contains("Welcome to the network", "Introduce yourself");
    assertThat(app.rows().members()).isZero();
  }

  @Test
  void aDeactivatedMemberLeavesTheRoundsAndNameAndTitleArePickedUp() {
    int tag = app.stores().tags().active().get(0).id();
    app.requests().interaction(ProfilePayload.valid(tag).json());

    app.requests()
        .event(
            SlackPayloads.userChange(
                "Ev0CHANGE1", "U0123MEMBER", false, "Siân Roberts", "Head of Early Help"));
    assertThat(member().deactivated()).isFalse();
    assertThat(slackNameAndTitle()).containsExactly("Siân Roberts", "Head of Early Help");

    app.requests()
        .event(SlackPayloads.userChange("Ev0CHANGE2", "U0123MEMBER", true, "Siân Roberts", ""));

    assertThat(member().deactivated()).isTrue();
  }

  @Test
  void charactersNobodyWouldSeeAreStrippedFromSlacksNameAndTitle() {
    int tag = app.stores().tags().active().get(0).id();
    app.requests().interaction(ProfilePayload.valid(tag).json());

    app.requests()
        .event(
            SlackPayloads.userChange(
                "Ev0CHANGE4",
                "U0123MEMBER",
                false,
                "\u202ESiân\u200B Roberts \uD83D\uDC69\u200D\uD83D\uDC67",
                "Head of\u0000 Early Help\uFEFF"));

    assertThat(slackNameAndTitle())
        .containsExactly("Siân Roberts \uD83D\uDC69\u200D\uD83D\uDC67", "Head of Early Help");
  }

  @Test
  void changesToPeopleWhoNeverIntroducedThemselvesAreNotRecorded() {
    HttpResponse<String> response =
        app.requests()
            .event(SlackPayloads.userChange("Ev0CHANGE3", "U0STRANGER", true, "Sam Example", ""));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(app.rows().members()).isZero();
  }

  private Member member() {
    return new ProfileStore(app.jdbi(), app.clock())
        .findByUserId("U0123MEMBER")
        .orElseThrow()
        .member();
  }

  private List<String> slackNameAndTitle() {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT slack_name, slack_title FROM member")
                    .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2)))
                    .one());
  }
}
