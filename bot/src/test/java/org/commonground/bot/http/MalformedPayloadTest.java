package org.commonground.bot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.MEMBER;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.slack.privacy.DeletionModal;
import org.commonground.bot.testing.BadPayloads;
import org.commonground.bot.testing.CapturedLogs;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hundreds of correctly signed requests with broken payloads: each is refused with a 4xx and one
 * log line, or handled if it still makes sense; none gets a 5xx or leaves a stack trace.
 */
class MalformedPayloadTest {

  private static final int REQUESTS = 300;

  @RegisterExtension final CapturedLogs logs = new CapturedLogs();
  @RegisterExtension final RunningApp app = new RunningApp();

  @Test
  void brokenPayloadsAreRefusedCleanly() {
    List<String> serverErrors = new ArrayList<>();
    int refused = 0;
    List<BadPayloads.Wire> wires = generate();
    for (BadPayloads.Wire wire : wires) {
      HttpResponse<String> response = app.requests().post(wire.contentType(), wire.body());
      if (response.statusCode() >= 500) {
        serverErrors.add(response.statusCode() + " for " + abbreviated(wire.how()));
      }
      if (response.statusCode() >= 400) {
        refused++;
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
      }
    }

    assertThat(serverErrors).isEmpty();
    assertThat(refused).as("broken inputs refused").isGreaterThan(REQUESTS / 3);
    assertThat(refusalLines()).hasSize(refused);
    assertThat(logs.events())
        .noneMatch(e -> e.getThrowableProxy() != null)
        .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
    // Broken copies of one command share its trigger id or mangle it, so Slack refuses the modals
    // they ask for; nothing else the app sent may be refused.
    assertThat(app.slack().takeRefusals()).allMatch(refusal -> refusal.contains("trigger"));
  }

  private static String abbreviated(String how) {
    return how.length() > 200 ? how.substring(0, 200) + "…" : how;
  }

  private List<ILoggingEvent> refusalLines() {
    return logs.from(SlackEventsServlet.class.getName()).stream()
        .filter(e -> e.getFormattedMessage().startsWith("Refused"))
        .toList();
  }

  private static List<BadPayloads.Wire> generate() {
    BadPayloads bad = new BadPayloads(20261123L);
    List<String> interactions =
        List.of(
            ProfilePayload.valid(1, 2).json(),
            SlackPayloads.selected(MEMBER, HomeView.MATCHES_ACTION, "2"),
            SlackPayloads.datePicked(MEMBER, HomeView.PAUSE_UNTIL_ACTION, "2026-12-24"),
            SlackPayloads.submitted(MEMBER, DeletionModal.CALLBACK_ID),
            Interactions.buttonInDm(MEMBER, DigestMessage.INTRO_ME_ACTION, "pair", "1"),
            Interactions.suggestion(MEMBER, ProfileFields.CHALLENGES_INPUT, "hou"));
    List<String> events =
        List.of(
            SlackPayloads.appHomeOpened(MEMBER),
            SlackPayloads.teamJoin("Ev0TEAMJOIN", "U0NEWCOMER"),
            SlackPayloads.userChange("Ev0CHANGE", MEMBER, false, "Ada Lovelace", "Analyst"));
    List<String> commands =
        List.of(
            SignedRequests.slashCommandBody("/introduce", "", MEMBER),
            SignedRequests.slashCommandBody("/introduce", "<@U0AAA> <@U0BBB>", MEMBER),
            SignedRequests.slashCommandBody("/tags", "", MEMBER),
            SignedRequests.slashCommandBody("/orgs", "", MEMBER),
            SignedRequests.slashCommandBody("/digest", "preview", MEMBER));
    List<BadPayloads.Wire> wires = new ArrayList<>();
    for (int i = 0; wires.size() < REQUESTS; i++) {
      wires.add(bad.interaction(interactions.get(i % interactions.size())));
      wires.add(bad.event(events.get(i % events.size())));
      wires.add(bad.command(commands.get(i % commands.size())));
    }
    return wires;
  }
}
