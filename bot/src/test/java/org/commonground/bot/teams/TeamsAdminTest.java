package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.UUID;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.teams.cards.CardMarkdown;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admins' {@code digest}, {@code tags} and {@code orgs} in the Teams chat, answered there; the
 * tag list for everyone.
 */
class TeamsAdminTest {

  private static final String ADMIN_NAME = "Ada Admin";
  private static final String ADMIN_EMAIL = "ada.admin@nhs.example";
  private static final String ADMIN_ID =
      UUID.nameUUIDFromBytes((ADMIN_NAME + ADMIN_EMAIL + TeamsClient.HOME_TENANT).getBytes())
          .toString();

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withTeams()
          .with("ADMIN_USER_IDS", ADMIN_ID)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private TeamsClient teams;
  private TeamsPerson ada;
  private TeamsPerson bob;

  @BeforeEach
  void bothHaveTheAppInstalled() {
    teams = app.teams();
    ada = teams.person(ADMIN_NAME, ADMIN_EMAIL);
    bob = teams.person("Bob Member", "bob@council.example");
    assertThat(ada.userId()).isEqualTo(ADMIN_ID);
    for (TeamsPerson person : List.of(ada, bob)) {
      teams.send(teams.installation(person));
      teams.connector().awaitActivities(person.conversationId(), 1);
    }
  }

  @Test
  void anAdminsTagListShowsTheTagsAndSaysWhereTheFormsAre() {
    String list = say(ada, "tags");

    assertThat(list).contains("**Challenge tags**", CardMarkdown.escape(firstTag().name()));
    assertThat(list)
        .endsWith(
            "The forms to add, edit and merge tags are in Slack's **/tags**"
                + " for now; here, send **tags help** for the typed commands.");
  }

  @Test
  void aMembersTagListHasNoAdminTools() {
    String list = say(bob, "tags");

    assertThat(list).contains("**Challenge tags**", CardMarkdown.escape(firstTag().name()));
    assertThat(list).doesNotContain("forms", "Retired", "tags history");
  }

  @Test
  void anAdminAddsATagAndItsNameShowsAsTyped() {
    String added = say(ada, "tags add <b>Fuel</b> [poverty](https://evil.example) --theme Homes");

    assertThat(added)
        .contains("Added **\\<b\\>Fuel\\</b\\> \\[poverty\\]\\(https://evil.example\\)**")
        .doesNotContain("<b>", "&lt;");
    assertThat(activeTagNames()).contains("<b>Fuel</b> [poverty](https://evil.example)");
    assertThat(say(bob, "tags")).contains("\\<b\\>Fuel\\</b\\>");
  }

  @Test
  void aMemberWhoIsNoAdminCantAddATag() {
    List<String> before = activeTagNames();

    assertThat(say(bob, "tags add Fuel poverty")).isEqualTo(Admins.REFUSAL);

    assertThat(activeTagNames()).isEqualTo(before);
  }

  @Test
  void orgsAndDigestAreForAdminsOnly() {
    assertThat(say(bob, "orgs")).isEqualTo(Admins.REFUSAL);
    assertThat(say(bob, "digest status")).isEqualTo(Admins.REFUSAL);
    assertThat(say(ada, "orgs")).contains("**Organisations**");
  }

  @Test
  void digestStatusAnswersAtOnce() {
    String status = say(ada, "digest status");

    assertThat(status).contains("No round has run yet.", "Next round: ");
  }

  @Test
  void digestPreviewFollowsItsAcknowledgementNamingThePeopleWithoutSlackMentions() {
    aSlackMemberAndAdaIntroduced();

    List<String> answers = sayAndAwait(ada, "digest preview", 2);

    assertThat(answers.get(0)).startsWith("Working out this week's round…");
    String preview = answers.get(1);
    assertThat(preview)
        .contains("\\(preview\\)", "**1** introductions", "A member on Slack \\(Wirral Council\\)")
        .contains("a member on Teams \\(Mersey Care NHS Foundation Trust\\)")
        .doesNotContain("<@");
    assertThat(
            app.slack().calls("chat.postMessage").stream().filter(c -> c.param("metadata") != null))
        .isEmpty();
  }

  @Test
  void digestRunSendsTheRoundAndSaysHowItWent() {
    aSlackMemberAndAdaIntroduced();

    assertThat(say(ada, "digest run")).startsWith("Starting this week's round.");

    app.slack().awaitCalls("chat.postMessage", c -> c.param("metadata") != null, 1);
    Eventually.until(
        "Ada told how the round went",
        () ->
            teams.connector().activities(ada.conversationId()).stream()
                .anyMatch(
                    a -> text(a).contains("✅ Round") && text(a).contains("2 digests sent now")));
  }

  private void aSlackMemberAndAdaIntroduced() {
    new Network(app).introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    ProfileInputs.introduce(app, ada);
  }

  /** What the app answers {@code person} sending {@code text}, as Markdown. */
  private String say(TeamsPerson person, String text) {
    return sayAndAwait(person, text, 1).get(0);
  }

  /** The first {@code count} messages the app sends {@code person} after they send {@code text}. */
  private List<String> sayAndAwait(TeamsPerson person, String text, int count) {
    int before = teams.connector().activities(person.conversationId()).size();
    teams.send(teams.message(person, text));
    List<JsonObject> chat =
        teams.connector().awaitActivities(person.conversationId(), before + count);
    return chat.subList(before, before + count).stream().map(TeamsAdminTest::text).toList();
  }

  private static String text(JsonObject activity) {
    return activity.has("text") ? activity.get("text").getAsString() : "";
  }

  private Tag firstTag() {
    return app.stores().tags().active().get(0);
  }

  private List<String> activeTagNames() {
    return app.stores().tags().active().stream().map(Tag::name).toList();
  }
}
