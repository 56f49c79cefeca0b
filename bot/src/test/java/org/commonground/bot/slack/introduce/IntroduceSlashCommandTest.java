package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /introduce} through the real server and a fake Slack. */
class IntroduceSlashCommandTest {

  @RegisterExtension final RunningApp app = new RunningApp();

  @Test
  void opensTheProfileModalWithEveryFieldAMemberNeeds() {
    HttpResponse<String> response = app.requests().slashCommand("/introduce", "", "U0123MEMBER");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    SlackCall open = app.slack().awaitCall("views.open");
    assertThat(open.param("trigger_id")).isEqualTo(SignedRequests.lastTriggerId());
    JsonObject view = open.json("view").getAsJsonObject();
    assertThat(view.get("callback_id").getAsString()).isEqualTo("profile");
    assertThat(view.getAsJsonObject("title").get("text").getAsString())
        .hasSizeLessThanOrEqualTo(24);
    assertThat(labels(view))
        .containsExactly(
            "Organisation",
            "Sector",
            "Role",
            "Place",
            "Challenges you're working on",
            "Suggest a challenge that's missing",
            "What are you working on right now?",
            "I can offer help with",
            "I'm looking for help with",
            "Matches per week",
            "Consent");
  }

  @Test
  void offersEveryActiveChallengeGroupedByThemeAsTheMenuOpens() {
    app.requests().slashCommand("/introduce", "", "U0123MEMBER");

    JsonObject challenges =
        block(app.slack().awaitCall("views.open"), "challenges").getAsJsonObject("element");
    assertThat(challenges.get("type").getAsString()).isEqualTo("multi_external_select");
    assertThat(challenges.get("min_query_length").getAsInt()).isZero();
    assertThat(challenges.get("max_selected_items").getAsInt()).isEqualTo(5);

    String opened =
        app.requests()
            .interaction(Interactions.suggestion("U0123MEMBER", ProfileFields.CHALLENGES_INPUT, ""))
            .body();
    JsonArray groups =
        JsonParser.parseString(opened).getAsJsonObject().getAsJsonArray("option_groups");
    assertThat(groups).hasSize(7);
    assertThat(groups.get(0).getAsJsonObject().getAsJsonObject("label").get("text").getAsString())
        .isEqualTo("Children & families");
    int options = 0;
    for (JsonElement group : groups) {
      options += group.getAsJsonObject().getAsJsonArray("options").size();
    }
    assertThat(options).isEqualTo(app.stores().tags().active().size());
  }

  @Test
  void aNewcomerIsOfferedAnOrganisationAddedSinceTheLastForm() {
    app.requests().slashCommand("/introduce", "", "U0123NEWCOMER");
    assertThat(organisationNames(app.slack().awaitCall("views.open"))).isEmpty();
    int challenge = app.stores().tags().active().get(0).id();
    app.requests()
        .interaction(ProfilePayload.valid(challenge).newOrganisation("Wirral Council").json());

    app.requests().slashCommand("/introduce", "", "U0123NEWCOMER");

    List<SlackCall> opened = app.slack().awaitCalls("views.open", 2);
    assertThat(organisationNames(opened.get(1))).containsExactly("Wirral Council");
  }

  /** The organisations the form lists; with none yet it only asks for a new one. */
  private static List<String> organisationNames(SlackCall open) {
    List<String> names = new ArrayList<>();
    for (JsonElement block : open.json("view").getAsJsonObject().getAsJsonArray("blocks")) {
      JsonElement id = block.getAsJsonObject().get("block_id");
      if (id != null && id.getAsString().equals("organisation")) {
        for (JsonElement option :
            block.getAsJsonObject().getAsJsonObject("element").getAsJsonArray("options")) {
          names.add(option.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
        }
      }
    }
    return names;
  }

  @Test
  void aMemberEditingGetsTheModalFilledWithTheirProfile() {
    List<Tag> tags = app.stores().tags().active();
    app.requests()
        .interaction(ProfilePayload.valid(tags.get(3).id()).role("Family hubs lead").json());

    app.requests().slashCommand("/introduce", "", "U0123MEMBER");

    SlackCall open = app.slack().awaitCall("views.open");
    assertThat(block(open, "role").getAsJsonObject("element").get("initial_value").getAsString())
        .isEqualTo("Family hubs lead");
    assertThat(
            block(open, "organisation")
                .getAsJsonObject("element")
                .getAsJsonObject("initial_option")
                .getAsJsonObject("text")
                .get("text")
                .getAsString())
        .isEqualTo("Sefton Council");
    assertThat(
            block(open, "challenges").getAsJsonObject("element").getAsJsonArray("initial_options"))
        .hasSize(1);
  }

  @Test
  void helpExplainsTheAppPrivately() {
    HttpResponse<String> response =
        app.requests().slashCommand("/introduce", "help", "U0123MEMBER");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.toString()).contains("/introduce", "other organisations");
    assertThat(app.slack().calls("views.open")).isEmpty();
  }

  @Test
  void unknownWordsGetHelpThatEchoesThemSafely() {
    HttpResponse<String> response =
        app.requests().slashCommand("/introduce", "<!channel> please", "U0123MEMBER");

    assertThat(VisibleText.of(response.body()))
        .contains("I didn't understand")
        .contains("&lt;!channel&gt;")
        .doesNotContain("<!channel>");
  }

  @Test
  void saysSoWhenSlackWillNotOpenTheModal() {
    app.slack().answerNext("views.open", FakeSlack.Answer.error("expired_trigger_id"));

    HttpResponse<String> response = app.requests().slashCommand("/introduce", "", "U0123MEMBER");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("try `/introduce` again");
  }

  private static List<String> labels(JsonObject view) {
    List<String> labels = new ArrayList<>();
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("input")) {
        labels.add(b.getAsJsonObject("label").get("text").getAsString());
      }
    }
    return labels;
  }

  private static JsonObject block(SlackCall open, String blockId) {
    for (JsonElement block : open.json("view").getAsJsonObject().getAsJsonArray("blocks")) {
      JsonElement id = block.getAsJsonObject().get("block_id");
      if (id != null && id.getAsString().equals(blockId)) {
        return block.getAsJsonObject();
      }
    }
    throw new AssertionError("no block " + blockId);
  }
}
