package org.commonground.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;

import java.util.List;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.tags.TagListView;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.LongestData;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every surface filled with the longest data the app accepts, in a network as large as the issue of
 * scale asks for (500 tags, 100 organisations, 50 pending suggestions). The strict fake Slack fails
 * a test the moment the app sends what Slack would refuse; each test also checks what the person
 * sees where the data outgrows a surface.
 */
class LongestDataTest {

  private static final String MEMBER = LongestData.member(0);
  private static final String INTRO_CHANNEL = "C0INTROS";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000")
          .with("INTRO_CHANNEL", INTRO_CHANNEL);

  private List<Tag> tags;

  @BeforeEach
  void fillTheNetwork() {
    LongestData data = new LongestData(app.database(), app.clock(), app.noticeVersion());
    tags = data.tags(500, 60);
    for (int i = 0; i < 100; i++) {
      data.introduce(LongestData.member(i), i, tags.subList(i % 5, i % 5 + 5));
    }
    data.suggestions(50);
  }

  @Test
  void theProfileFormOpensFilledInAndItsPickersListTheLongestTags() {
    app.requests().slashCommand("/introduce", "", MEMBER);

    SlackCall open = app.slack().awaitCall("views.open");
    assertThat(VisibleText.of(open.param("view"))).contains("Organisation 0 ");
    String options =
        app.requests()
            .interaction(Interactions.suggestion(MEMBER, ProfileModal.CHALLENGES_ACTION, ""))
            .body();
    assertThat(VisibleText.of(options)).contains("Tag 0 ");
  }

  @Test
  void appHomeFitsForANewcomerAMemberAndAnAdmin() {
    for (String user : List.of("U0NEWCOMER", MEMBER, ADMIN)) {
      app.requests().event(SlackPayloads.appHomeOpened(user));
    }

    List<SlackCall> published = app.slack().awaitCalls("views.publish", 3);
    assertThat(published).extracting(c -> c.param("user_id")).contains(ADMIN, MEMBER);
    assertThat(VisibleText.of(lastFor(published, ADMIN).param("view"))).contains("Suggestion");
  }

  @Test
  void tagsAndTheirHistoryListFiveHundredOfTheLongestTags() {
    String list = Members.command(app, "/tags", "", ADMIN);
    String history = Members.command(app, "/tags", "history", ADMIN);

    assertThat(list).contains("Tag 0 ", "more themes.");
    assertThat(history).contains("Tag 499 ");
  }

  @Test
  void theTagFormsOpenWithFiveHundredTags() {
    for (String action :
        List.of(TagListView.ADD_ACTION, TagListView.EDIT_ACTION, TagListView.MERGE_ACTION)) {
      app.requests().interaction(Interactions.buttonInEphemeral(ADMIN, action, ""));
    }

    assertThat(app.slack().awaitCalls("views.open", 3)).hasSize(3);
  }

  @Test
  void orgsListsAHundredOfTheLongestOrganisations() {
    assertThat(Members.command(app, "/orgs", "", ADMIN)).contains("Organisation 0 ");
  }

  @Test
  void aDigestWithThreeMatchesAndEveryFieldFullIsAccepted() {
    app.requests().slashCommand("/digest", "run", ADMIN);

    List<SlackCall> digests = app.slack().awaitCalls("chat.postMessage", 101);
    SlackCall mine = lastFor(digests, MEMBER);
    String shown = VisibleText.of(mine.param("blocks"));
    assertThat(shown).contains("Intro me");
    assertThat(mine.param("blocks")).doesNotContain("<!channel>", "<@U0FORGED>");
  }

  @Test
  void anExportOfTheLongestProfileIsUploaded() {
    app.requests().slashCommand("/introduce", "export", MEMBER);

    assertThat(app.slack().awaitCall("upload").param("body")).contains("Working on " + MEMBER);
  }

  @Test
  void aNewcomerAtTheLongestIsAnnouncedConfirmedAndTheirSuggestionReachesTheAdmins() {
    String newcomer = "U0NEWCOMER";
    app.requests()
        .interaction(
            ProfilePayload.valid(tags.get(0).id(), tags.get(1).id(), tags.get(2).id())
                .user(newcomer)
                .newOrganisation(LongestData.text("Brand new ", LongestData.ORGANISATION_NAME))
                .role(LongestData.text("Role ", LongestData.ROLE))
                .workingOn(LongestData.text("Working on ", LongestData.WORKING_ON))
                .suggestion(LongestData.text("Suggested ", LongestData.SUGGESTION))
                .shareInChannel(true)
                .json());

    List<SlackCall> posts = app.slack().awaitCalls("chat.postMessage", 3);
    assertThat(posts).extracting(c -> c.param("channel")).contains(INTRO_CHANNEL, newcomer, ADMIN);
    assertThat(lastFor(posts, INTRO_CHANNEL).param("blocks")).doesNotContain("<!channel>");
  }

  @Test
  void aWarmIntroductionWithTheLongestNoteIsPosted() {
    String note = LongestData.text("Because ", 3000);

    Members.command(
        app,
        "/introduce",
        "<@" + LongestData.member(1) + "> <@" + LongestData.member(2) + "> " + note,
        MEMBER);

    SlackCall intro = app.slack().awaitCall("chat.postMessage");
    assertThat(intro.param("channel")).startsWith("G");
    assertThat(intro.param("blocks")).doesNotContain("<!channel>", "<@U0FORGED>");
  }

  private static SlackCall lastFor(List<SlackCall> calls, String user) {
    return calls.stream()
        .filter(c -> user.equals(c.param("user_id")) || user.equals(c.param("channel")))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("nothing sent to " + user));
  }
}
