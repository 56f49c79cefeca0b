package org.commonground.bot.slack.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.slack.tags.TagFormInputs.*;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.tags.TagListView;
import org.commonground.bot.testing.FormPayload;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admins' tag forms: buttons open them, submissions change the tags or say what to fix. */
class TagFormsTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  private TagCatalogue tags;

  @BeforeEach
  void setUp() {
    tags = new TagCatalogue(app.jdbi(), app.clock());
  }

  @Test
  void theAddButtonOpensAFormThatAddsTheTag() {
    app.requests().interaction(Interactions.buttonInEphemeral(ADMIN, TagListView.ADD_ACTION, ""));
    SlackCall open = app.slack().awaitCall("views.open");
    assertThat(open.param("trigger_id")).isEqualTo(SignedRequests.lastTriggerId());
    assertThat(VisibleText.of(open.param("view")))
        .contains("Add a tag", "Theme", "Ways of working");

    HttpResponse<String> saved =
        submit(
            new FormPayload(AddTagModal.CALLBACK_ID)
                .text(NAME_BLOCK, NAME_ACTION, "Fuel poverty")
                .select(THEME_BLOCK, THEME_ACTION, "Communities & places"));

    JsonObject body = JsonParser.parseString(saved.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("update");
    assertThat(VisibleText.of(saved.body())).contains("Added *Fuel poverty*");
    assertThat(tag("Fuel poverty").theme()).isEqualTo("Communities & places");
  }

  @Test
  void theEditFormRenamesRedescribesAndRetiresInOneGo() {
    int id = tag("Civic data").id();

    HttpResponse<String> saved =
        submit(
            new FormPayload(EditTagModal.CALLBACK_ID)
                .select(EditTagModal.TAG_BLOCK, EditTagModal.TAG_ACTION, Integer.toString(id))
                .text(NAME_BLOCK, NAME_ACTION, "Open data")
                .text(NEW_THEME_BLOCK, NEW_THEME_ACTION, "Digital")
                .select(
                    EditTagModal.STATUS_BLOCK, EditTagModal.STATUS_ACTION, EditTagModal.RETIRE));

    assertThat(VisibleText.of(saved.body())).contains("Renamed", "Updated", "Retired");
    Tag edited = tags.findById(id).orElseThrow();
    assertThat(edited.name()).isEqualTo("Open data");
    assertThat(edited.theme()).isEqualTo("Digital");
    assertThat(edited.isActive()).isFalse();
    assertThat(app.rows().audit(10)).hasSize(3);
  }

  @Test
  void theMergeFormMergesOneTagIntoAnother() {
    HttpResponse<String> saved =
        submit(
            new FormPayload(MergeTagsModal.CALLBACK_ID)
                .select(MergeTagsModal.FROM_BLOCK, MergeTagsModal.FROM_ACTION, id("Volunteering"))
                .select(
                    MergeTagsModal.INTO_BLOCK, MergeTagsModal.INTO_ACTION, id("Staff wellbeing")));

    assertThat(VisibleText.of(saved.body()))
        .contains("Merged *Volunteering* into *Staff wellbeing*");
    assertThat(tag("Volunteering").name()).isEqualTo("Staff wellbeing");
  }

  @Test
  void problemsKeepTheFormOpenWithTheMessageUnderTheField() {
    String taken =
        submit(
                new FormPayload(AddTagModal.CALLBACK_ID)
                    .text(NAME_BLOCK, NAME_ACTION, "homelessness")
                    .select(THEME_BLOCK, THEME_ACTION, "Work & money"))
            .body();
    String noTheme =
        submit(new FormPayload(AddTagModal.CALLBACK_ID).text(NAME_BLOCK, NAME_ACTION, "Parks"))
            .body();
    String nothing =
        submit(
                new FormPayload(EditTagModal.CALLBACK_ID)
                    .select(EditTagModal.TAG_BLOCK, EditTagModal.TAG_ACTION, id("SEND")))
            .body();

    assertThat(errors(taken).get(NAME_BLOCK).getAsString()).contains("is taken", "Homelessness");
    assertThat(errors(noTheme).get(THEME_BLOCK).getAsString()).contains("Pick a theme");
    assertThat(errors(nothing).get(NAME_BLOCK).getAsString()).contains("Nothing to change");
    assertThat(app.rows().audit(10)).isEmpty();
  }

  @Test
  void membersCannotOpenOrSubmitTheForms() {
    Members.notAnAdmin(app, MEMBER);

    app.requests()
        .interaction(Interactions.buttonInEphemeral(MEMBER, TagListView.MERGE_ACTION, ""));
    String submitted =
        submit(
                new FormPayload(AddTagModal.CALLBACK_ID)
                    .user(MEMBER)
                    .text(NAME_BLOCK, NAME_ACTION, "Fuel poverty")
                    .select(THEME_BLOCK, THEME_ACTION, "Work & money"))
            .body();

    SlackCall refusal = app.slack().awaitCall("chat.postEphemeral");
    assertThat(refusal.param("user")).isEqualTo(MEMBER);
    assertThat(refusal.param("text")).isEqualTo(Admins.REFUSAL);
    assertThat(app.slack().calls("views.open")).isEmpty();
    assertThat(errors(submitted).get(NAME_BLOCK).getAsString()).isEqualTo(Admins.REFUSAL);
    assertThat(tags.findByName("Fuel poverty")).isEmpty();
  }

  private HttpResponse<String> submit(FormPayload form) {
    return app.requests().interaction(form.json());
  }

  private static JsonObject errors(String body) {
    JsonObject response = JsonParser.parseString(body).getAsJsonObject();
    assertThat(response.get("response_action").getAsString()).isEqualTo("errors");
    return response.getAsJsonObject("errors");
  }

  private Tag tag(String name) {
    return tags.findByName(name).orElseThrow();
  }

  private String id(String name) {
    return Integer.toString(tag(name).id());
  }
}
