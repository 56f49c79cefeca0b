package org.commonground.bot.slack.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Past Slack's 100 options the tag pickers still search as people type. */
class TagTypeaheadTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  private TagCatalogue tags;

  @BeforeEach
  void growPastOneHundredTags() {
    tags = new TagCatalogue(app.jdbi(), app.clock());
    for (int i = 1; i <= 60; i++) {
      tags.add(ADMIN, "Local challenge " + i, "Local", "Something particular to place " + i);
    }
  }

  @Test
  void theProfilePickersSwitchToTypeahead() {
    app.requests().slashCommand("/introduce", "", MEMBER);

    JsonObject view =
        JsonParser.parseString(app.slack().awaitCall("views.open").param("view")).getAsJsonObject();
    for (String block :
        List.of(
            ProfileFields.CHALLENGES_FIELD, ProfileFields.OFFERS_FIELD, ProfileFields.ASKS_FIELD)) {
      JsonObject element = element(view, block);
      assertThat(element.get("type").getAsString()).isEqualTo("multi_external_select");
      assertThat(element.has("option_groups")).isFalse();
    }
  }

  @Test
  void typingFindsTagsByNameFormerNameAndDescription() {
    tags.rename(ADMIN, tags.findByName("Homelessness").orElseThrow().id(), "Rough sleeping");

    assertThat(options(ProfileFields.CHALLENGES_INPUT, "damp")).containsExactly("Housing quality");
    assertThat(options(ProfileFields.OFFERS_INPUT, "homeless")).containsExactly("Rough sleeping");
    assertThat(options(ProfileFields.ASKS_INPUT, "local challenge")).hasSize(60);
    assertThat(options(ProfileFields.CHALLENGES_INPUT, "")).hasSize(TagPicker.STATIC_LIMIT);
  }

  @Test
  void retiredTagsAreOfferedOnlyInTheAdminsPickers() {
    Tag retired = tags.findByName("Local challenge 7").orElseThrow();
    tags.setStatus(ADMIN, retired.id(), TagStatus.RETIRED);

    assertThat(options(ProfileFields.CHALLENGES_INPUT, "challenge 7"))
        .contains("Local challenge 17")
        .doesNotContain("Local challenge 7");
    assertThat(options(EditTagModal.TAG_ACTION, "challenge 7"))
        .contains("Local challenge 7 (retired)", "Local challenge 17");
  }

  @Test
  void aTagFoundByTypingIsSaved() {
    int found = tags.findByName("Local challenge 42").orElseThrow().id();

    app.requests().interaction(ProfilePayload.valid(found).json());

    assertThat(
            new org.commonground.storage.members.ProfileStore(app.jdbi(), app.clock())
                .findByUserId(MEMBER)
                .orElseThrow()
                .challenges())
        .extracting(Tag::name)
        .containsExactly("Local challenge 42");
  }

  private List<String> options(String actionId, String typed) {
    String body =
        app.requests().interaction(Interactions.suggestion(MEMBER, actionId, typed)).body();
    List<String> names = new ArrayList<>();
    for (JsonElement group :
        JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("option_groups")) {
      for (JsonElement option : group.getAsJsonObject().getAsJsonArray("options")) {
        names.add(option.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
      }
    }
    return names;
  }

  private static JsonObject element(JsonObject view, String blockId) {
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      JsonElement id = block.getAsJsonObject().get("block_id");
      if (id != null && id.getAsString().equals(blockId)) {
        return block.getAsJsonObject().getAsJsonObject("element");
      }
    }
    throw new AssertionError("no block " + blockId);
  }
}
