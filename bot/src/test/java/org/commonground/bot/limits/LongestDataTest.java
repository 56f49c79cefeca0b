package org.commonground.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;

import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.tags.TagListView;
import org.commonground.bot.slack.introduce.WarmIntroCard;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.LongestData;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.Member;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
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
            .interaction(Interactions.suggestion(MEMBER, ProfileFields.CHALLENGES_INPUT, ""))
            .body();
    assertThat(VisibleText.of(options)).contains("Tag 0 ");
  }

  @Test
  void appHomeFitsForANewcomerAMemberAndAnAdmin() {
    blockEveryoneElse(MEMBER);
    for (String user : List.of("U0NEWCOMER", MEMBER, ADMIN)) {
      app.requests().event(SlackPayloads.appHomeOpened(user));
    }

    List<SlackCall> published = app.slack().awaitCalls("views.publish", 3);
    assertThat(published).extracting(c -> c.param("user_id")).contains(ADMIN, MEMBER);
    assertThat(VisibleText.of(lastFor(published, ADMIN).param("view"))).contains("Suggestion");
    assertThat(VisibleText.of(lastFor(published, MEMBER).param("view")))
        .contains("and 91 more people", "and 94 more organisations. Unblock one of them here.");
  }

  /** Puts every other member and every other organisation on {@code userId}'s block list. */
  private void blockEveryoneElse(String userId) {
    Member me = app.stores().profiles().findMember(userId).orElseThrow();
    BlockList blocks = new BlockList(app.jdbi(), app.clock());
    for (int i = 1; i < 100; i++) {
      blocks.blockPerson(me.id(), LongestData.member(i));
    }
    for (Organisation organisation : new OrganisationCatalogue(app.jdbi(), app.clock()).list()) {
      if (organisation.id() != me.organisationId()) {
        blocks.blockOrganisation(me.id(), organisation.id());
      }
    }
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
  void aWarmIntroductionWithTheLongestNoteAndProfilesReachesBothAndTheirGroupDm() {
    // As Slack sends a typed note: mentions as tokens, and every typed & and < escaped, so the
    // note the card quotes escapes back to far more than a section holds.
    String note = "Because <!channel> <@U0FORGED> " + "&amp;&lt;".repeat(700);
    String first = LongestData.member(1);
    String second = LongestData.member(2);

    Members.command(app, "/introduce", "<@" + first + "> <@" + second + "> " + note, MEMBER);

    List<SlackCall> cards = app.slack().awaitCalls("chat.postMessage", 2);
    assertThat(cards).extracting(c -> c.param("channel")).containsExactlyInAnyOrder(first, second);
    for (SlackCall card : cards) {
      assertThat(VisibleText.of(card.param("blocks"))).contains("Because ", "Yes, introduce us");
      assertThat(card.param("blocks")).doesNotContain("<!channel>", "<@U0FORGED>");
      String user = card.param("channel");
      String id = card.param("blocks").replaceAll("(?s).*\"value\":\"(\\d+)\".*", "$1");
      app.requests()
          .interaction(
              ButtonClick.of(
                  user, WarmIntroCard.YES_ACTION, id, card, "D" + user.substring(1), "1.1"));
    }

    SlackCall intro = app.slack().awaitCalls("chat.postMessage", 3).get(2);
    assertThat(intro.param("channel")).startsWith("G");
    assertThat(intro.param("blocks")).doesNotContain("<!channel>", "<@U0FORGED>");
    assertThat(app.slack().awaitCalls("chat.update", 3))
        .allSatisfy(u -> assertThat(u.param("blocks")).doesNotContain("<!channel>"));
  }

  private static SlackCall lastFor(List<SlackCall> calls, String user) {
    return calls.stream()
        .filter(c -> user.equals(c.param("user_id")) || user.equals(c.param("channel")))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("nothing sent to " + user));
  }
}
