package org.commonground.bot.slack.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.slack.tags.TagFormInputs.*;
import static org.commonground.bot.testing.Members.ADMIN;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.commonground.bot.testing.FormPayload;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tag names, themes and descriptions with characters nobody would see, typed in {@code /tags} or
 * the tag forms: refused, naming the character, and nothing changes.
 */
class InvisibleCharactersInTagsTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  private TagCatalogue tags;
  private List<Tag> before;

  @BeforeEach
  void setUp() {
    tags = new TagCatalogue(app.jdbi(), app.clock());
    before = tags.current();
  }

  @Test
  void typedCommandsAreRefusedNamingTheCharacter() {
    String nul = tags("add nul\u0000tag");
    String reversed = tags("rename Civic data -> Civic \u202Edata");
    String zeroWidth = tags("describe Civic data --description Open\u200B data");
    String garbled = tags("add Caf\uFFFD poverty --theme Work &amp; money");

    assertThat(nul)
        .startsWith("What you typed has a control character that can't be shown (U+0000).")
        .doesNotContain("Added");
    assertThat(reversed).contains("reverses the direction of the text", "U+202E");
    assertThat(zeroWidth).contains("zero-width", "U+200B");
    assertThat(garbled).contains("garbled", "U+FFFD");
    assertNothingChanged();
  }

  @Test
  void aLineBreakInACommandIsOnlySpaceAndEmojiPass() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    String added = tags("add Family\nhubs " + family + " --theme Children &amp; families");

    assertThat(added).contains("Added *Family hubs " + family + "*");
  }

  @Test
  void theAddFormRefusesUnderTheFieldThatHasOne() {
    JsonObject errors =
        errors(
            new FormPayload(AddTagModal.CALLBACK_ID)
                .text(NAME_BLOCK, NAME_ACTION, "Fuel \u2067poverty")
                .text(NEW_THEME_BLOCK, NEW_THEME_ACTION, "Homes"));
    JsonObject theme =
        errors(
            new FormPayload(AddTagModal.CALLBACK_ID)
                .text(NAME_BLOCK, NAME_ACTION, "Fuel poverty")
                .text(NEW_THEME_BLOCK, NEW_THEME_ACTION, "Ho\u2060mes"));
    JsonObject description =
        errors(
            new FormPayload(AddTagModal.CALLBACK_ID)
                .text(NAME_BLOCK, NAME_ACTION, "Fuel poverty")
                .text(NEW_THEME_BLOCK, NEW_THEME_ACTION, "Homes")
                .text(DESCRIPTION_BLOCK, DESCRIPTION_ACTION, "Warm\nhomes\u0085"));

    assertThat(errors.keySet()).containsExactly(NAME_BLOCK);
    assertThat(errors.get(NAME_BLOCK).getAsString()).contains("U+2067");
    assertThat(theme.keySet()).containsExactly(NEW_THEME_BLOCK);
    assertThat(theme.get(NEW_THEME_BLOCK).getAsString()).contains("U+2060");
    assertThat(description.keySet()).containsExactly(DESCRIPTION_BLOCK);
    assertThat(description.get(DESCRIPTION_BLOCK).getAsString()).contains("U+0085");
    assertNothingChanged();
  }

  @Test
  void theEditFormRefusesANewNameThatHasOne() {
    Tag civic = tags.findByName("Civic data").orElseThrow();

    JsonObject errors =
        errors(
            new FormPayload(EditTagModal.CALLBACK_ID)
                .select(
                    EditTagModal.TAG_BLOCK, EditTagModal.TAG_ACTION, Integer.toString(civic.id()))
                .text(NAME_BLOCK, NAME_ACTION, "Open\u202Adata"));

    assertThat(errors.keySet()).containsExactly(NAME_BLOCK);
    assertThat(errors.get(NAME_BLOCK).getAsString()).contains("U+202A");
    assertNothingChanged();
  }

  private void assertNothingChanged() {
    assertThat(tags.current()).isEqualTo(before);
    assertThat(app.rows().audit(10)).isEmpty();
  }

  private String tags(String text) {
    return Members.command(app, "/tags", text, ADMIN);
  }

  private JsonObject errors(FormPayload form) {
    String body = app.requests().interaction(form.json()).body();
    JsonObject response = JsonParser.parseString(body).getAsJsonObject();
    assertThat(response.get("response_action").getAsString()).isEqualTo("errors");
    return response.getAsJsonObject("errors");
  }
}
