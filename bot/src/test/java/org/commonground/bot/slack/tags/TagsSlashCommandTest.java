package org.commonground.bot.slack.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import java.util.List;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /tags} typed commands through the real server, as admin and as member. */
class TagsSlashCommandTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  private TagCatalogue tags;

  @BeforeEach
  void setUp() {
    tags = new TagCatalogue(app.jdbi(), app.clock());
  }

  @Test
  void anyoneSeesTheTagsByThemeWithHowManyHoldEach() {
    join(MEMBER, "SEND", "Youth services");
    Members.notAnAdmin(app, MEMBER);

    String list = tags(MEMBER, "");

    assertThat(list)
        .contains(
            "*Children &amp; families*",
            "• SEND (fewer than 3)",
            "• Youth services (fewer than 3)",
            "• Care leavers (0)")
        .doesNotContain("Add a tag", "Retired");
  }

  @Test
  void adminsAlsoSeeRetiredTagsAndTheButtonsThatOpenTheForms() {
    tags(ADMIN, "retire Civic data");

    assertThat(tags(ADMIN, ""))
        .contains("*Retired:* Civic data", "Add a tag", "Edit or retire a tag", "Merge two tags")
        .doesNotContain("• Civic data");
  }

  @Test
  void addTakesTheRestOfTheLineAsTheNameWithThemeAndDescription() {
    String reply =
        tags(ADMIN, "add Fuel poverty --theme communities &amp; PLACES --description Warm homes");

    assertThat(reply).contains("Added *Fuel poverty* under _Communities &amp; places_.");
    Tag added = tag("Fuel poverty");
    assertThat(added.theme()).isEqualTo("Communities & places");
    assertThat(added.description()).isEqualTo("Warm homes");
    assertAudited("tag.add", "Fuel poverty");
    app.requests().slashCommand("/introduce", "", MEMBER);
    assertThat(app.slack().awaitCall("views.open").param("view")).contains("Fuel poverty");
  }

  @Test
  void addAndRenameTakeTheLongestNamesWhoseKeysGrowMost() {
    String earth = "\uD83C\uDF0D";
    String name = ("&" + earth).repeat(26) + "&&";
    String renamed = "&".repeat(TagRules.NAME_MAX);

    String added = tags(ADMIN, "add " + slackEncoded(name) + " --theme communities &amp; places");
    String rename = tags(ADMIN, "rename " + slackEncoded(name) + " -> " + slackEncoded(renamed));

    assertThat(name).hasSize(TagRules.NAME_MAX);
    assertThat(added).contains("Added *&amp;" + earth);
    assertThat(rename).contains("Renamed *&amp;" + earth);
    assertThat(tag(name).name()).isEqualTo(renamed);
  }

  @Test
  void describeRenameRetireAndRestoreEachChangeOneThingAndAreAudited() {
    assertThat(tags(ADMIN, "describe SEND --description Special educational needs"))
        .contains("Updated *SEND*", "Special educational needs");
    assertThat(tags(ADMIN, "rename \"SEND\" -> SEND &amp; inclusion"))
        .contains("Renamed *SEND* to *SEND &amp; inclusion*");
    assertThat(tags(ADMIN, "retire send")).contains("Retired *SEND &amp; inclusion*");
    assertThat(tag("SEND").status()).isEqualTo(TagStatus.RETIRED);
    assertThat(tags(ADMIN, "restore SEND")).contains("Restored");

    assertThat(audit())
        .extracting(AuditEntry::action)
        .containsExactly("tag.restore", "tag.retire", "tag.rename", "tag.describe");
    assertThat(tag("SEND").name()).isEqualTo("SEND & inclusion");
    assertThat(tag("SEND").isActive()).isTrue();
  }

  @Test
  void mergeMovesHoldersOnceEachAndTheOldNameStillFindsTheSurvivor() {
    join("U0BOTH", "Loneliness & isolation", "Ageing well");
    join("U0ONE", "Loneliness & isolation");

    String reply = tags(ADMIN, "merge Loneliness and isolation -&gt; Ageing well");

    assertThat(reply).contains("Merged *Loneliness &amp; isolation* into *Ageing well*: 2 members");
    assertThat(challenges("U0BOTH")).containsExactly("Ageing well");
    assertThat(challenges("U0ONE")).containsExactly("Ageing well");
    assertThat(tag("Loneliness & isolation").name()).isEqualTo("Ageing well");
    assertAudited("tag.merge", "Loneliness & isolation");
  }

  @Test
  void historyListsTheLatestChangesWithWhoAndBeforeAndAfter() {
    tags(ADMIN, "rename Civic data -> Open data");

    assertThat(tags(ADMIN, "history"))
        .contains(
            "<@U0ADMIN> renamed *Civic data*", "\"name\":\"Civic data\"", "\"name\":\"Open data\"");
  }

  @Test
  void membersAreRefusedEveryChangeAndNothingChanges() {
    Members.notAnAdmin(app, MEMBER);
    List<String> attempts =
        List.of(
            "add Fuel poverty",
            "describe SEND --description x",
            "rename SEND -> Special needs",
            "merge SEND -> Youth services",
            "retire SEND",
            "restore SEND",
            "history");

    for (String attempt : attempts) {
      assertThat(tags(MEMBER, attempt)).as(attempt).isEqualTo(Admins.REFUSAL + "\n");
    }
    assertThat(audit()).isEmpty();
    assertThat(tag("SEND").isActive()).isTrue();
  }

  @Test
  void badInputGetsAClearAnswerAndChangesNothing() {
    assertThat(tags(ADMIN, "retire Homelesness")).contains("Did you mean *Homelessness*?");
    assertThat(tags(ADMIN, "retire Transport")).contains("can't find a tag called *Transport*");
    assertThat(tags(ADMIN, "add")).contains("Give the new tag a name");
    assertThat(tags(ADMIN, "rename SEND ->")).contains("Say what to rename it to");
    assertThat(tags(ADMIN, "add " + "x".repeat(81))).contains("at most 80 characters");
    assertThat(tags(ADMIN, "add homelessness")).contains("is taken", "*Homelessness*");
    assertThat(tags(ADMIN, "merge SEND -> send")).contains("already one tag");
    assertThat(tags(ADMIN, "frobnicate")).contains("I don't know `/tags frobnicate`");
    assertThat(audit()).isEmpty();
  }

  @Test
  void namesTypedByAdminsAreEscaped() {
    String reply = tags(ADMIN, "add &lt;!channel&gt; news");

    assertThat(reply).contains("&lt;!channel&gt; news").doesNotContain("<!channel>");
    assertThat(tags(ADMIN, "")).doesNotContain("<!channel>");
  }

  private String tags(String user, String text) {
    return Members.command(app, "/tags", text, user);
  }

  /** Text as Slack sends it in a slash command: {@code &}, {@code <} and {@code >} escaped. */
  private static String slackEncoded(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private Tag tag(String name) {
    return tags.findByName(name).orElseThrow();
  }

  private void join(String user, String... challengeNames) {
    int[] ids = java.util.Arrays.stream(challengeNames).mapToInt(n -> tag(n).id()).toArray();
    app.requests().interaction(ProfilePayload.valid(ids).user(user).json());
  }

  private List<String> challenges(String user) {
    return new ProfileStore(app.jdbi(), app.clock())
        .findByUserId(user).orElseThrow().challenges().stream().map(Tag::name).toList();
  }

  private List<AuditEntry> audit() {
    return app.rows().audit(50);
  }

  private void assertAudited(String action, String subject) {
    AuditEntry entry = audit().get(0);
    assertThat(entry.action()).isEqualTo(action);
    assertThat(entry.subject()).isEqualTo(subject);
    assertThat(entry.actor()).isEqualTo(ADMIN);
    assertThat(entry.at()).isEqualTo(app.clock().instant());
  }
}
