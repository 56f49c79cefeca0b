package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagStatus;
import org.commonground.storage.tags.TagSuggestion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tags page: what {@code /tags} does, for admins in a browser, refused where it refuses. */
class ConsoleTagsTest {

  private static final String ADMIN = "U0ADMIN01";

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  private ConsoleClient browser;

  @BeforeEach
  void signIn() {
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
    browser.get("/admin/tags");
  }

  @Test
  void anAddedTagIsListedUnderItsTheme() {
    Page page = add("Fuel poverty", "Housing & money", "Heating bills people can't pay");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("The tag is added");
    assertThat(page.document().select("caption:contains(Housing & money) ~ tbody").text())
        .contains("Fuel poverty", "Heating bills people can't pay");
    assertThat(tag("Fuel poverty").theme()).isEqualTo("Housing & money");
    assertThat(auditedActions()).contains("tag.add");
  }

  @Test
  void aNameAlreadyTakenIsRefusedWithTheChatsMessageAndNothingIsAdded() {
    add("Fuel poverty", "Housing", "");
    int before = app.stores().tags().current().size();

    Page page = add("fuel  POVERTY", "Housing", "");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().title()).startsWith("Error:");
    assertThat(page.document().select(".error-summary li").text())
        .isEqualTo("fuel POVERTY is taken: it's the name, or a former name, of Fuel poverty.");
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#add-name");
    assertThat(page.document().select("#add-name").val()).isEqualTo("fuel  POVERTY");
    assertThat(app.stores().tags().current()).hasSize(before);
  }

  @Test
  void aNameTooLongIsRefusedAsTheChatRefusesIt() {
    Page page = add("x".repeat(81), "Housing", "");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary li").text())
        .startsWith("A tag's name can be at most 80 characters;");
    assertThat(app.stores().tags().findByName("x".repeat(81))).isEmpty();
  }

  @Test
  void aTagIsRenamedAndItsOldNameStillFindsIt() {
    Tag tag = add("Fuel poverty");

    Page page =
        browser.post(
            "/admin/tags",
            Map.of(
                "action",
                "edit",
                "id",
                id(tag),
                "name",
                "Energy debt",
                "theme",
                "",
                "description",
                ""));

    assertThat(page.text()).contains("The tag is changed");
    assertThat(app.stores().tags().findById(tag.id()).orElseThrow())
        .extracting(Tag::name, Tag::theme)
        .containsExactly("Energy debt", "Housing");
    assertThat(app.stores().tags().findByName("Fuel poverty").orElseThrow().id())
        .isEqualTo(tag.id());
  }

  @Test
  void anEditWithNothingFilledInChangesNothing() {
    Tag tag = add("Fuel poverty");

    Page page =
        browser.post(
            "/admin/tags",
            Map.of("action", "edit", "id", id(tag), "name", "", "theme", " ", "description", ""));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("Nothing to change: fill in at least one field.");
    assertThat(app.stores().tags().findById(tag.id())).contains(tag);
  }

  @Test
  void twoTagsThatAreOneAreMerged() {
    Tag from = add("Fuel poverty");
    Tag into = add("Energy debt");

    Page page =
        browser.post("/admin/tags", Map.of("action", "merge", "from", id(from), "into", id(into)));

    assertThat(page.text()).contains("The tags are merged");
    assertThat(app.stores().tags().findById(from.id()).orElseThrow().status())
        .isEqualTo(TagStatus.MERGED);
    assertThat(app.stores().tags().findByName("Fuel poverty").orElseThrow().id())
        .isEqualTo(into.id());
    assertThat(auditedActions()).contains("tag.merge");
  }

  @Test
  void aTagIsNotMergedIntoItself() {
    Tag tag = add("Fuel poverty");

    Page page =
        browser.post("/admin/tags", Map.of("action", "merge", "from", id(tag), "into", id(tag)));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("Fuel poverty and Fuel poverty are already one tag.");
    assertThat(app.stores().tags().findById(tag.id())).contains(tag);
  }

  @Test
  void aTagIsRetiredAndRestored() {
    Tag tag = add("Fuel poverty");

    Page retired = browser.post("/admin/tags", Map.of("action", "retire", "id", id(tag)));

    assertThat(retired.text()).contains("The tag is retired");
    assertThat(retired.document().select("#restore-" + tag.id()).text())
        .isEqualTo("Restore Fuel poverty");
    assertThat(app.stores().tags().findById(tag.id()).orElseThrow().isActive()).isFalse();

    Page restored = browser.post("/admin/tags", Map.of("action", "restore", "id", id(tag)));

    assertThat(restored.text()).contains("The tag is restored");
    assertThat(restored.document().select("#retire-" + tag.id())).hasSize(1);
    assertThat(app.stores().tags().findById(tag.id()).orElseThrow().isActive()).isTrue();
    assertThat(auditedActions()).contains("tag.retire", "tag.restore");
  }

  @Test
  void aMembersSuggestionIsApprovedAsATag() {
    TagSuggestion suggestion = suggest("Period poverty");
    Page queue = browser.get("/admin/tags");
    assertThat(queue.document().select("#approve-name-" + suggestion.id()).val())
        .isEqualTo("Period poverty");

    Page page =
        browser.post(
            "/admin/tags",
            Map.of(
                "action", "approve",
                "id", String.valueOf(suggestion.id()),
                "name", "Period poverty",
                "theme", "Health",
                "description", "Pads and tampons people can't afford"));

    assertThat(page.text())
        .contains("The suggestion is a tag now")
        .contains("No suggestion is waiting");
    assertThat(tag("Period poverty"))
        .extracting(Tag::theme, Tag::description)
        .containsExactly("Health", "Pads and tampons people can't afford");
  }

  @Test
  void aRejectedSuggestionLeavesTheQueueAndCannotBeDecidedTwice() {
    TagSuggestion suggestion = suggest("Period poverty");
    Map<String, String> reject = Map.of("action", "reject", "id", String.valueOf(suggestion.id()));

    Page page = browser.post("/admin/tags", reject);
    Page again = browser.post("/admin/tags", reject);

    assertThat(page.text())
        .contains("The suggestion is rejected")
        .contains("No suggestion is waiting");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.text()).contains("Another admin has already decided on this suggestion.");
    assertThat(app.stores().tags().findByName("Period poverty")).isEmpty();
  }

  @Test
  void aSuggestionIsAnsweredWithATagThatCoversIt() {
    Tag existing = add("Menstrual health");
    TagSuggestion suggestion = suggest("Period poverty");

    Page page =
        browser.post(
            "/admin/tags",
            Map.of(
                "action", "answer", "id", String.valueOf(suggestion.id()), "into", id(existing)));

    assertThat(page.text())
        .contains("The suggestion is answered")
        .contains("No suggestion is waiting");
    assertThat(app.stores().tags().findByName("Period poverty")).isEmpty();
    assertThat(auditedActions()).contains("tag.suggestion.merged");
  }

  @Test
  void aNameWithMarkupIsShownAsText() {
    Page page = add("<b>Bold</b> & co", "Other", "");

    assertThat(page.document().select("table td").eachText()).contains("<b>Bold</b> & co");
    assertThat(page.body()).doesNotContain("<b>Bold</b>");
  }

  private Page add(String name, String theme, String description) {
    Map<String, String> form = new HashMap<>();
    form.put("action", "add");
    form.put("name", name);
    form.put("theme", theme);
    form.put("description", description);
    return browser.post("/admin/tags", form);
  }

  private Tag add(String name) {
    add(name, "Housing", "");
    return tag(name);
  }

  private Tag tag(String name) {
    return app.stores().tags().findByName(name).orElseThrow();
  }

  private static String id(Tag tag) {
    return String.valueOf(tag.id());
  }

  private TagSuggestion suggest(String name) {
    int challenge = app.stores().tags().active().get(0).id();
    app.requests().interaction(ProfilePayload.valid(challenge).suggestion(name).json());
    List<TagSuggestion> pending = app.stores().tagSuggestions(5).pending();
    assertThat(pending).extracting(TagSuggestion::name).contains(name);
    return pending.get(pending.size() - 1);
  }

  private List<String> auditedActions() {
    return app.jdbi()
        .withHandle(
            handle ->
                handle.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
  }
}
