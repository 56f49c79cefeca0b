package org.commonground.bot.slack.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.testing.EveryTextColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member downloading and deleting their own data, through the real server. */
class PrivacySelfServiceTest {

  private static final String MEMBER = "U0123MEMBER";
  private static final String ROLE = "Lead for Siân's pilot";
  private static final String WORKING_ON = "A very particular thing in Bootle";

  @RegisterExtension final RunningApp app = new RunningApp();

  private Tag tag;

  @BeforeEach
  void introduce() {
    tag = app.stores().tags().active().get(4);
    app.requests()
        .interaction(
            ProfilePayload.valid(tag.id())
                .newOrganisation("Siân Consulting")
                .role(ROLE)
                .workingOn(WORKING_ON)
                .json());
    app.rows().audit(Instant.now(), "U0ADMIN", "member.reviewed", "member:" + MEMBER, ROLE);
  }

  @Test
  void downloadMyDataSendsAJsonFileOfEverythingHeldByDm() {
    app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.DOWNLOAD_ACTION));

    JsonObject file =
        JsonParser.parseString(app.slack().awaitCall("upload").param("body")).getAsJsonObject();
    assertThat(file.get("user_id").getAsString()).isEqualTo(MEMBER);
    JsonObject profile = file.getAsJsonArray("profile").get(0).getAsJsonObject();
    assertThat(profile.get("role").getAsString()).isEqualTo(ROLE);
    assertThat(profile.get("organisation").getAsString()).isEqualTo("Siân Consulting");
    assertThat(file.getAsJsonArray("tags").toString()).contains(tag.name());
    assertThat(file.getAsJsonArray("consent").toString()).contains("2026-11");
    assertThat(file.getAsJsonArray("audit_entries").toString()).contains("member.reviewed");
    SlackCall completed = app.slack().awaitCall("files.completeUploadExternal");
    assertThat(completed.param("channel_id")).isEqualTo("D0123MEMBER");
    assertThat(app.slack().awaitCall("conversations.open").param("users")).isEqualTo(MEMBER);
  }

  @Test
  void introduceExportDoesTheSame() {
    HttpResponse<String> response = app.requests().slashCommand("/introduce", "export", MEMBER);

    assertThat(response.body()).contains("on its way");
    assertThat(app.slack().awaitCall("upload").param("body")).contains(WORKING_ON);
  }

  @Test
  void askingForTheDataAgainWithinMinutesSendsNoSecondFile() throws Exception {
    for (int i = 0; i < 5; i++) {
      app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.DOWNLOAD_ACTION));
    }
    HttpResponse<String> again = app.requests().slashCommand("/introduce", "export", MEMBER);
    app.clock().advance(PrivacyService.REPEAT_QUIET);
    app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.DOWNLOAD_ACTION));

    app.stop();

    assertThat(again.body()).contains("a few minutes ago");
    assertThat(app.slack().calls("upload")).hasSize(2);
    assertThat(app.slack().calls("views.publish"))
        .extracting(c -> VisibleText.of(c.param("view")).contains("a few minutes ago"))
        .containsExactlyInAnyOrder(false, true, true, true, true, false);
  }

  @Test
  void deleteAsksForConfirmationFirst() {
    app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.DELETE_ACTION));
    app.requests().slashCommand("/introduce", "delete", MEMBER);

    for (SlackCall open : app.slack().awaitCalls("views.open", 2)) {
      JsonObject view = open.json("view").getAsJsonObject();
      assertThat(view.get("callback_id").getAsString()).isEqualTo(DeletionModal.CALLBACK_ID);
      assertThat(VisibleText.of(view.toString())).contains("Delete", "Keep it");
    }
    assertThat(EveryTextColumn.containing(app.jdbi(), MEMBER)).isNotEmpty();
  }

  @Test
  void afterDeletionNoRowAnywhereHoldsTheirSlackIdOrTheirWords() {
    HttpResponse<String> response =
        app.requests().interaction(SlackPayloads.submitted(MEMBER, DeletionModal.CALLBACK_ID));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    for (String trace : new String[] {MEMBER, ROLE, WORKING_ON, "Siân Consulting"}) {
      assertThat(EveryTextColumn.containing(app.jdbi(), trace)).as(trace).isEmpty();
    }
    String told =
        app.slack().awaitCalls("chat.postMessage", 2).stream()
            .filter(c -> c.param("text").equals(DeletionReport.TEXT))
            .map(c -> VisibleText.of(c.param("blocks")))
            .findFirst()
            .orElseThrow();
    assertThat(told)
        .contains("You asked us to", "your profile", "1 tag", "organisation name you added")
        .contains("1 admin records");
    assertThat(VisibleText.of(app.slack().awaitCall("views.publish").param("view")))
        .contains("Your profile is deleted", "Introduce yourself");
  }
}
