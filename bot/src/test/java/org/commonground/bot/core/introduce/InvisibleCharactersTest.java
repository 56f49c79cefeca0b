package org.commonground.bot.core.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Characters nobody sees but that change what everybody sees, typed into the profile form or a warm
 * introduction's note: refused with a message under the field, or privately, naming them.
 */
class InvisibleCharactersTest {

  private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

  @RegisterExtension final RunningApp app = new RunningApp();

  private Network network;

  @BeforeEach
  void tags() {
    network = new Network(app);
  }

  @Test
  void aRoleThatWouldReverseTheTextAroundItIsRefusedUnderTheField() {
    HttpResponse<String> response = submit(valid().role("Head of \u202Especial projects"));

    JsonObject errors = errors(response);
    assertThat(errors.keySet()).containsExactly(ProfileFields.ROLE_FIELD);
    assertThat(errors.get(ProfileFields.ROLE_FIELD).getAsString())
        .contains("reverses the direction of the text", "U+202E", "type it again");
    assertThat(app.rows().members()).isZero();
  }

  @Test
  void everyTypedFieldIsCheckedAndEachComplaintIsUnderItsOwnField() {
    HttpResponse<String> response =
        submit(
            valid()
                .newOrganisation("Sefton\u200B Council")
                .workingOn("Family hubs\u0000")
                .suggestion("Fuel\uFEFF poverty"));

    JsonObject errors = errors(response);
    assertThat(errors.keySet())
        .containsExactlyInAnyOrder(
            ProfileFields.NEW_ORGANISATION_FIELD,
            ProfileFields.WORKING_ON_FIELD,
            ProfileFields.SUGGESTION_FIELD);
    assertThat(errors.get(ProfileFields.NEW_ORGANISATION_FIELD).getAsString())
        .contains("zero-width", "U+200B");
    assertThat(errors.get(ProfileFields.WORKING_ON_FIELD).getAsString())
        .contains("control character", "U+0000");
    assertThat(errors.get(ProfileFields.SUGGESTION_FIELD).getAsString()).contains("U+FEFF");
  }

  @Test
  void aLineBreakIsRefusedInARoleButKeptInWhatYoureWorkingOnWithEmoji() {
    assertThat(errors(submit(valid().role("Head of\nEarly Help"))).get(ProfileFields.ROLE_FIELD))
        .hasToString("\"This has a line break: please keep it to one line.\"");

    HttpResponse<String> saved =
        submit(valid().role("Family support " + FAMILY).workingOn("Family hubs\nwith charities"));

    assertThat(saved.body()).isEmpty();
    Profile profile =
        new ProfileStore(app.jdbi(), app.clock()).findByUserId("U0123MEMBER").orElseThrow();
    assertThat(profile.member().role()).isEqualTo("Family support " + FAMILY);
    assertThat(profile.member().workingOn()).isEqualTo("Family hubs\nwith charities");
  }

  @Test
  void aWarmIntroductionWhoseNoteHidesACharacterIsRefusedPrivately() {
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);

    String reply =
        Members.command(
            app, "/introduce", "<@U0ALICE|alice> <@U0BOB|bob> meet \u2066about data", "U0CAROL");

    assertThat(reply).startsWith("Your note has an invisible character").contains("U+2066");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  private ProfilePayload valid() {
    return ProfilePayload.valid(network.tag(0).id());
  }

  private HttpResponse<String> submit(ProfilePayload payload) {
    return app.requests().interaction(payload.json());
  }

  private static JsonObject errors(HttpResponse<String> response) {
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
    return body.getAsJsonObject("errors");
  }
}
