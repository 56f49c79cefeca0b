package org.commonground.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;

import com.google.gson.JsonObject;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TriggerIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With an app-level token, Slack's requests come over a WebSocket the app opens itself. */
class SocketModeTest {

  @RegisterExtension
  final RunningApp app = new RunningApp().overSocketMode().with("ADMIN_USER_IDS", ADMIN);

  @Test
  void connectsWithTheAppTokenAndServesNoSlackEndpoint() {
    app.socketMode().awaitConnection();

    SlackCall open = app.slack().awaitCall("apps.connections.open");
    assertThat(open.authorization()).isEqualTo("Bearer " + RunningApp.APP_TOKEN);
    assertThat(app.requests().get("/slack/events").statusCode()).isEqualTo(404);
    assertThat(app.requests().get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void aSlashCommandIsAcknowledgedAndActedOn() {
    app.socketMode().awaitConnection();

    String envelope = app.socketMode().slashCommand("/introduce", "", "U0123MEMBER");

    assertThat(app.socketMode().awaitAck().get("envelope_id").getAsString()).isEqualTo(envelope);
    SlackCall open = app.slack().awaitCall("views.open");
    assertThat(open.param("trigger_id")).isEqualTo(TriggerIds.last());
    assertThat(open.json("view").getAsJsonObject().get("callback_id").getAsString())
        .isEqualTo("profile");
  }

  @Test
  void aCommandsAnswerTravelsBackInItsAcknowledgement() {
    app.socketMode().awaitConnection();

    String envelope = app.socketMode().slashCommand("/tags", "add Fuel poverty", ADMIN);

    JsonObject ack = app.socketMode().awaitAck();
    assertThat(ack.get("envelope_id").getAsString()).isEqualTo(envelope);
    assertThat(ack.getAsJsonObject("payload").toString()).contains("Added *Fuel poverty*");
  }
}
