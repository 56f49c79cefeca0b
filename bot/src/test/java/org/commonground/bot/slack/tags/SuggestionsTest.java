package org.commonground.bot.slack.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.slack.tags.TagFormInputs.*;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.FormPayload;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.SuggestionStatus;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member suggests a tag in the profile form; an admin approves, merges or rejects it by DM. */
class SuggestionsTest {

  @RegisterExtension
  final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN + ",U0SECOND");

  private TagCatalogue tags;
  private TagSuggestions suggestions;

  @BeforeEach
  void setUp() {
    tags = new TagCatalogue(app.jdbi(), app.clock());
    suggestions = new TagSuggestions(app.jdbi(), app.clock(), 5);
  }

  @Test
  void aSuggestionIsStoredAndEveryAdminGetsADmWithTheChoices() {
    long id = suggest("Fuel poverty");

    assertThat(suggestions.pending()).extracting(TagSuggestion::id).containsExactly(id);
    List<SlackCall> dms = dmsTo(ADMIN, "U0SECOND");
    assertThat(dms).hasSize(2);
    String shown = VisibleText.of(dms.get(0).param("blocks"));
    assertThat(shown).contains("<@U0123MEMBER> suggested a challenge tag: *Fuel poverty*");
    assertThat(shown).contains("Approve", "Merge into…", "Reject");
  }

  @Test
  void approvingAddsTheTagToTheMemberAndTellsThem() {
    long id = suggest("Fuel poverty");
    dmsTo(ADMIN, "U0SECOND");

    clickInDm(SuggestionDm.APPROVE_ACTION, id);
    SlackCall open = app.slack().awaitCall("views.open");
    assertThat(open.param("view")).contains("Approve a suggestion", "Fuel poverty");
    String metadata = open.json("view").getAsJsonObject().get("private_metadata").getAsString();
    HttpResponse<String> approved =
        app.requests()
            .interaction(
                new FormPayload(AddTagModal.CALLBACK_ID)
                    .privateMetadata(metadata)
                    .text(NAME_BLOCK, NAME_ACTION, "Fuel poverty")
                    .select(THEME_BLOCK, THEME_ACTION, "Communities & places")
                    .json());

    assertThat(VisibleText.of(approved.body())).contains("Added *Fuel poverty*");
    assertThat(challenges()).contains("Fuel poverty");
    assertThat(toldMember()).contains("*Fuel poverty* is now a challenge tag", "on your profile");
    assertThat(updatedDm()).contains("<@U0ADMIN> approved *Fuel poverty*");
    assertThat(suggestions.find(id).orElseThrow().status()).isEqualTo(SuggestionStatus.APPROVED);
  }

  @Test
  void mergingIntoAnExistingTagGivesTheMemberThatTag() {
    long id = suggest("Lonely older people");
    dmsTo(ADMIN, "U0SECOND");
    String loneliness =
        Integer.toString(tags.findByName("Loneliness & isolation").orElseThrow().id());

    app.requests()
        .interaction(
            Interactions.selectInDm(
                ADMIN, SuggestionDm.MERGE_ACTION, SuggestionDm.BLOCK_PREFIX + id, loneliness));

    assertThat(toldMember())
        .contains("already has *Loneliness &amp; isolation*", "on your profile");
    assertThat(updatedDm())
        .contains("answered *Lonely older people* with *Loneliness &amp; isolation*");
    assertThat(challenges()).contains("Loneliness & isolation");
  }

  @Test
  void rejectingTellsTheMemberOnceEvenIfTwoAdminsClick() {
    long id = suggest("Parking");
    dmsTo(ADMIN, "U0SECOND");

    clickInDm(SuggestionDm.REJECT_ACTION, id);
    app.requests()
        .interaction(
            Interactions.buttonInDm(
                "U0SECOND",
                SuggestionDm.REJECT_ACTION,
                SuggestionDm.BLOCK_PREFIX + id,
                Long.toString(id)));

    app.slack().awaitCalls("chat.update", 2);
    assertThat(toldMember()).contains("decided not to add it");
    assertThat(memberDms()).hasSize(2);
    assertThat(suggestions.find(id).orElseThrow().decidedBy()).isEqualTo(ADMIN);
    assertThat(tags.history(5))
        .extracting(e -> e.action())
        .containsExactly("tag.suggestion.rejected");
  }

  @Test
  void aDecisionNamingAnotherMessageUpdatesOnlyTheDecidingAdminsOwnDm() {
    long id = suggest("Parking");
    dmsTo(ADMIN, "U0SECOND");
    FakeSlack.Landed seconds = app.slack().landed(dmsTo("U0SECOND").get(0));
    FakeSlack.Landed confirmation = app.slack().landed(memberDms().get(0));
    JsonObject secondsBefore = app.slack().message(seconds);
    JsonObject confirmationBefore = app.slack().message(confirmation);

    app.requests()
        .interaction(
            ButtonClick.forged(
                ADMIN,
                SuggestionDm.REJECT_ACTION,
                SuggestionDm.BLOCK_PREFIX + id,
                Long.toString(id),
                seconds));

    assertThat(updatedDm()).contains("rejected").doesNotContain("evil.example");
    assertThat(app.slack().message(seconds)).isEqualTo(secondsBefore);
    assertThat(app.slack().message(confirmation)).isEqualTo(confirmationBefore);
    assertThat(app.slack().calls("chat.update")).hasSize(1);
  }

  @Test
  void membersCannotDecide() {
    long id = suggest("Parking");
    Members.notAnAdmin(app, "U0NOSY");

    app.requests()
        .interaction(
            Interactions.buttonInDm(
                "U0NOSY",
                SuggestionDm.REJECT_ACTION,
                SuggestionDm.BLOCK_PREFIX + id,
                Long.toString(id)));

    assertThat(app.slack().awaitCall("chat.postEphemeral").param("text")).isEqualTo(Admins.REFUSAL);
    assertThat(suggestions.find(id).orElseThrow().isPending()).isTrue();
  }

  @Test
  void aSuggestionOfATagAlreadyListedKeepsTheFormOpen() {
    HttpResponse<String> response = profile("loneliness and isolation");
    HttpResponse<String> tooLong = profile("x".repeat(81));

    assertThat(error(response)).startsWith("“Loneliness & isolation” is in the list already");
    assertThat(error(tooLong)).startsWith("Please keep your suggestion to 80 characters");
    assertThat(suggestions.pending()).isEmpty();
  }

  private static String error(HttpResponse<String> response) {
    return com.google.gson.JsonParser.parseString(response.body())
        .getAsJsonObject()
        .getAsJsonObject("errors")
        .get("suggest_tag")
        .getAsString();
  }

  private long suggest(String name) {
    assertThat(profile(name).body()).isEmpty();
    return suggestions.pending().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private HttpResponse<String> profile(String suggestion) {
    int first = tags.current().get(0).id();
    return app.requests().interaction(ProfilePayload.valid(first).suggestion(suggestion).json());
  }

  private void clickInDm(String action, long id) {
    app.requests()
        .interaction(
            Interactions.buttonInDm(
                ADMIN, action, SuggestionDm.BLOCK_PREFIX + id, Long.toString(id)));
  }

  /** Waits for the confirmation to the member and the DMs to these admins; returns the latter. */
  private List<SlackCall> dmsTo(String... admins) {
    return app.slack().awaitCalls("chat.postMessage", admins.length + 1).stream()
        .filter(c -> List.of(admins).contains(c.param("channel")))
        .toList();
  }

  private List<SlackCall> memberDms() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> c.param("channel").equals(MEMBER))
        .toList();
  }

  /** The DM telling the member the outcome: the one after their profile confirmation. */
  private String toldMember() {
    app.slack().awaitCall("chat.update");
    return memberDms().get(1).param("text");
  }

  private String updatedDm() {
    SlackCall update = app.slack().awaitCall("chat.update");
    FakeSlack.Landed adminsDm = app.slack().landed(dmsTo(ADMIN).get(0));
    assertThat(update.param("channel")).isEqualTo(adminsDm.channel());
    assertThat(update.param("ts")).isEqualTo(adminsDm.ts());
    return VisibleText.of(update.param("blocks"));
  }

  private List<String> challenges() {
    return new ProfileStore(app.jdbi(), app.clock())
        .findByUserId(MEMBER).orElseThrow().challenges().stream().map(Tag::name).toList();
  }
}
