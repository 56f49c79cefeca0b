package org.commonground.bot.slack.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** App Home through the real server: what members, newcomers and admins see and change there. */
class AppHomeTest {

  private static final String MEMBER = "U0123MEMBER";
  private static final String NOT_ADMIN =
      "{\"ok\":true,\"user\":{\"id\":\"U0X\",\"is_admin\":false,\"is_owner\":false}}";

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", "U0ADMIN");

  private List<Tag> tags;

  @BeforeEach
  void loadTags() {
    tags = app.stores().tags().active();
  }

  @Test
  void aNewcomerSeesWhatCommonGroundDoesAndCanIntroduceThemselves() {
    String home = open("U0NEWBIE", 1);

    assertThat(home)
        .contains("Welcome to Common Ground", "other organisations", "Introduce yourself");
    assertThat(home).doesNotContain("Matches per week", "Network at a glance");

    app.requests().interaction(SlackPayloads.button("U0NEWBIE", HomeView.INTRODUCE_ACTION));
    SlackCall modal = app.slack().awaitCall("views.open");
    assertThat(modal.json("view").getAsJsonObject().get("callback_id").getAsString())
        .isEqualTo("profile");
  }

  @Test
  void aMemberSeesTheirProfileSettingsAndData() {
    app.requests()
        .interaction(
            ProfilePayload.valid(tags.get(0).id(), tags.get(1).id())
                .role("<!channel> lead")
                .json());

    String home = open(MEMBER, 1);

    assertThat(home)
        .contains("&lt;!channel&gt; lead", "Sefton Council", "Local authority", "Edit")
        .contains(tags.get(0).name(), "Setting up family hubs")
        .contains("Matches per week", "1 a week", "Pause for…")
        .contains("The next round runs on Monday 23 November at 09:00")
        .contains("privacy notice `" + app.noticeVersion() + "`", "Download my data")
        .contains("Delete my profile", "the data controller", "anonymised after 24 months")
        .doesNotContain("<!channel>", "Network at a glance", "I agree");
  }

  @Test
  void anAdminAlsoSeesTheNetworkAtAGlance() {
    app.requests().interaction(ProfilePayload.valid(tags.get(0).id()).json());
    app.requests()
        .interaction(
            ProfilePayload.valid(tags.get(0).id(), tags.get(2).id())
                .user("U0CHARITY")
                .newOrganisation("Open Door Centre")
                .sector("VCFSE")
                .json());

    String home = open("U0ADMIN", 1);

    assertThat(home)
        .contains("Introduce yourself", "Network at a glance")
        .contains("2 members* from *2 organisations", "Voluntary & community (VCFSE): 1")
        .contains("<@U0CHARITY> · Open Door Centre")
        .contains(tags.get(0).name() + " – 2 members, 2 organisations")
        .contains("Held by only one organisation", tags.get(2).name());
  }

  @Test
  void aPauseForAWeekEndsByItselfAWeekLater() {
    app.requests().interaction(ProfilePayload.valid(tags.get(0).id()).json());

    app.requests().interaction(SlackPayloads.selected(MEMBER, HomeView.PAUSE_FOR_ACTION, "1"));

    String paused = VisibleText.of(app.slack().awaitCall("views.publish").param("view"));
    assertThat(paused).contains("Paused until Sunday 29 November", "You're paused");
    assertThat(member().pausedUntil()).isEqualTo(LocalDate.of(2026, 11, 29));

    app.clock().advance(Duration.ofDays(7));
    String back = open(MEMBER, 2);

    assertThat(back).doesNotContain("You're paused").contains("Pause for…");
  }

  @Test
  void pausingUntilADateAndResuming() {
    app.requests().interaction(ProfilePayload.valid(tags.get(0).id()).json());

    app.requests()
        .interaction(SlackPayloads.datePicked(MEMBER, HomeView.PAUSE_UNTIL_ACTION, "2026-12-24"));
    app.slack().awaitCalls("views.publish", 1);
    assertThat(member().pausedUntil()).isEqualTo(LocalDate.of(2026, 12, 24));

    app.requests().interaction(SlackPayloads.button(MEMBER, HomeView.RESUME_ACTION));

    String home = VisibleText.of(app.slack().awaitCalls("views.publish", 2).get(1).param("view"));
    assertThat(home).contains("Welcome back");
    assertThat(member().pausedUntil()).isNull();
  }

  @Test
  void changesMatchesPerWeek() {
    app.requests().interaction(ProfilePayload.valid(tags.get(0).id()).json());

    app.requests().interaction(SlackPayloads.selected(MEMBER, HomeView.MATCHES_ACTION, "3"));

    assertThat(VisibleText.of(app.slack().awaitCall("views.publish").param("view")))
        .contains("up to 3 a week");
    assertThat(member().matchesPerWeek()).isEqualTo(3);
  }

  @Test
  void badChoicesGetAClearLineAndChangeNothing() {
    app.requests().interaction(ProfilePayload.valid(tags.get(0).id()).json());

    HttpResponse<String> response =
        app.requests().interaction(SlackPayloads.selected(MEMBER, HomeView.PAUSE_FOR_ACTION, "52"));
    app.requests()
        .interaction(SlackPayloads.datePicked(MEMBER, HomeView.PAUSE_UNTIL_ACTION, "2020-01-01"));

    assertThat(response.statusCode()).isEqualTo(200);
    String shown =
        app.slack().awaitCalls("views.publish", 2).stream()
            .map(c -> VisibleText.of(c.param("view")))
            .reduce("", String::concat);
    assertThat(shown).contains("didn't understand that choice", "That date has passed");
    assertThat(member().pausedUntil()).isNull();
  }

  @Test
  void aMemberSeesThisWeeksMatchesAndWhereEachStands() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
    app.requests().slashCommand("/digest", "run", "U0ADMIN");
    app.slack().awaitCalls("chat.postMessage", 5);

    String home = open("U0ALICE", 1);

    assertThat(home)
        .contains("Your introductions", "This week", "<@U0BOB> (Open Door Centre)")
        .contains("waiting for your answer in the digest");
  }

  @Test
  void anAdminSeesTheLastRoundAndSuggestionsWaitingForThem() {
    app.requests()
        .interaction(ProfilePayload.valid(tags.get(0).id()).suggestion("Period poverty").json());
    app.requests().slashCommand("/digest", "run", "U0ADMIN");
    app.slack().awaitCalls("chat.postMessage", 3);

    String home = open("U0ADMIN", 1);

    assertThat(home)
        .contains("Weekly round (admins)", "Last round: 2026-W48", "Next round:")
        .contains("Tag suggestions waiting (admins)", "Period poverty", "Approve", "Reject");
  }

  /** Opens App Home as {@code userId} and returns what the {@code n}th publish shows. */
  private String open(String userId, int n) {
    if (!userId.equals("U0ADMIN")) {
      app.slack().answerNext("users.info", FakeSlack.Answer.ok(NOT_ADMIN));
    }
    assertThat(app.requests().event(SlackPayloads.appHomeOpened(userId)).statusCode())
        .isEqualTo(200);
    SlackCall publish = app.slack().awaitCalls("views.publish", n).get(n - 1);
    assertThat(publish.param("user_id")).isEqualTo(userId);
    return VisibleText.of(publish.param("view"));
  }

  private Member member() {
    return new ProfileStore(app.jdbi(), app.clock()).findByUserId(MEMBER).orElseThrow().member();
  }
}
