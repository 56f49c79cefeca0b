package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.List;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saving the profile modal through the real server, as Slack submits it. */
class ProfileSubmissionTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("INTRO_CHANNEL", "C0INTROS");

  private List<Tag> tags;

  @BeforeEach
  void loadTags() {
    tags = app.stores().tags().active();
  }

  @Test
  void savesTheProfileClosesTheModalAndConfirmsByDm() {
    HttpResponse<String> response = submit(ProfilePayload.valid(id(0), id(1)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    Profile saved = profile("U0123MEMBER");
    assertThat(saved.organisation().name()).isEqualTo("Sefton Council");
    assertThat(saved.challenges()).extracting(Tag::id).containsExactlyInAnyOrder(id(0), id(1));
    assertThat(saved.member().consentNoticeVersion()).isEqualTo(app.noticeVersion());
    SlackCall dm = app.slack().awaitCall("chat.postMessage");
    assertThat(dm.param("channel")).isEqualTo("U0123MEMBER");
    assertThat(dm.param("blocks"))
        .contains("Thanks for introducing yourself", "Nobody from another organisation");
  }

  @Test
  void confirmationNamesPeopleFromOtherOrganisationsWhoShareChallenges() {
    submit(ProfilePayload.valid(id(0), id(1)).user("U0COLLEAGUE"));
    submit(
        ProfilePayload.valid(id(1), id(2))
            .user("U0CHARITY")
            .newOrganisation("Open Door Centre")
            .sector("VCFSE"));
    app.slack().awaitCalls("chat.postMessage", 2);

    submit(ProfilePayload.valid(id(1)));

    String blocks =
        VisibleText.of(app.slack().awaitCalls("chat.postMessage", 3).get(2).param("blocks"));
    assertThat(blocks)
        .contains("<@U0CHARITY>", "Open Door Centre", "You both work on " + tags.get(1).name());
    assertThat(blocks).doesNotContain("U0COLLEAGUE");
  }

  @Test
  void confirmsOnlyAChangeAndNotAgainWithinMinutes() throws Exception {
    submit(ProfilePayload.valid(id(0)));
    app.slack().awaitCall("chat.postMessage");
    app.clock().advance(IntroductionAnnouncer.CONFIRMATION_QUIET);

    submit(ProfilePayload.valid(id(0)));
    submit(ProfilePayload.valid(id(0)).role("New role"));
    submit(ProfilePayload.valid(id(0)).role("Newer role"));
    app.clock().advance(IntroductionAnnouncer.CONFIRMATION_QUIET);
    submit(ProfilePayload.valid(id(0)).role("Newest role"));
    app.stop();

    List<SlackCall> confirmations = app.slack().calls("chat.postMessage");
    assertThat(confirmations).hasSize(3);
    assertThat(confirmations.get(1).param("blocks")).contains("Your profile is updated");
    assertThat(profile("U0123MEMBER").member().role()).isEqualTo("Newest role");
  }

  @Test
  void postsAnIntroductionCardOnlyWhenTheMemberAgreesAndOnlyOnce() {
    submit(ProfilePayload.valid(id(0)).shareInChannel(true));
    // The confirmation and card go out after the acknowledgement; the quiet period starts when
    // the confirmation is claimed, so the clock moves on only once it has been.
    app.slack().awaitCalls("chat.postMessage", 2);
    app.clock().advance(IntroductionAnnouncer.CONFIRMATION_QUIET);
    submit(ProfilePayload.valid(id(0)).shareInChannel(true).role("New role"));
    submit(ProfilePayload.valid(id(0)).user("U0QUIET").shareInChannel(false));

    List<SlackCall> posts = app.slack().awaitCalls("chat.postMessage", 4);
    List<SlackCall> cards =
        posts.stream().filter(c -> c.param("channel").equals("C0INTROS")).toList();
    assertThat(cards).hasSize(1);
    assertThat(VisibleText.of(cards.get(0).param("blocks")))
        .contains("Please welcome <@U0123MEMBER>", "Sefton Council");
  }

  @Test
  void escapesWhatMembersTypeSoNobodyCanPingTheChannel() {
    submit(
        ProfilePayload.valid(id(0))
            .role("<!channel> & friends")
            .workingOn("<@U0BOSS> <https://evil|click>")
            .shareInChannel(true));

    SlackCall card =
        app.slack().awaitCalls("chat.postMessage", 2).stream()
            .filter(c -> c.param("channel").equals("C0INTROS"))
            .findFirst()
            .orElseThrow();
    assertThat(VisibleText.of(card.param("blocks")))
        .contains("&lt;!channel&gt; &amp; friends", "&lt;@U0BOSS&gt;")
        .doesNotContain("<!channel>", "<@U0BOSS>", "<https://evil");
    assertThat(profile("U0123MEMBER").member().role()).isEqualTo("<!channel> & friends");
  }

  @Test
  void keepsTheModalOpenWithAMessageOnEachFieldThatNeedsFixing() {
    HttpResponse<String> response =
        submit(
            ProfilePayload.valid()
                .consent(false)
                .role("x".repeat(400))
                .without("place")
                .organisation(999));

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
    JsonObject errors = body.getAsJsonObject("errors");
    assertThat(errors.keySet())
        .containsExactlyInAnyOrder("new_organisation", "role", "place", "challenges", "consent");
    assertThat(errors.get("role").getAsString()).contains("150 characters");
    assertThat(errors.get("new_organisation").getAsString()).contains("clear one of them");
    assertThat(app.rows().members()).isZero();
    assertThat(app.slack().calls("chat.postMessage")).isEmpty();
  }

  @Test
  void refusesMoreThanFiveChallengesAndTagsThatDoNotExist() {
    HttpResponse<String> tooMany =
        submit(ProfilePayload.valid(id(0), id(1), id(2), id(3), id(4), id(5)));
    HttpResponse<String> unknown = submit(ProfilePayload.valid(id(0)).offers(99_999));

    assertThat(tooMany.body()).contains("\"challenges\":\"Pick at most 5");
    assertThat(unknown.body()).contains("\"offers\":\"One of these is no longer offered");
    assertThat(app.rows().members()).isZero();
  }

  @Test
  void asksWhichOrganisationWhenNeitherIsGiven() {
    HttpResponse<String> response = submit(ProfilePayload.valid(id(0)).without("new_organisation"));

    assertThat(response.body()).contains("Tell us which organisation you work for");
  }

  @Test
  void acceptsNamesOutsideAscii() {
    HttpResponse<String> response =
        submit(
            ProfilePayload.valid(id(0))
                .newOrganisation("Cyngor Sefton – Siân's tîm")
                .role("Swyddog cymunedol"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(profile("U0123MEMBER").organisation().name())
        .isEqualTo("Cyngor Sefton – Siân's tîm");
  }

  @Test
  void reusesAnOrganisationTypedTheSameWayAsOneAlreadyKnown() {
    submit(ProfilePayload.valid(id(0)).user("U0FIRST").newOrganisation("Plus Dane Housing"));
    submit(ProfilePayload.valid(id(0)).user("U0SECOND").newOrganisation("plus  dane housing "));

    assertThat(app.rows().organisations()).isEqualTo(1);
  }

  @Test
  void acknowledgesEvenWhenSlackFailsToTakeTheConfirmation() {
    app.slack()
        .answerNext(
            "chat.postMessage",
            org.commonground.bot.testing.FakeSlack.Answer.error("channel_not_found"));

    HttpResponse<String> response = submit(ProfilePayload.valid(id(0)));

    assertThat(response.statusCode()).isEqualTo(200);
    app.slack().awaitCall("chat.postMessage");
    assertThat(profile("U0123MEMBER")).isNotNull();
  }

  private HttpResponse<String> submit(ProfilePayload payload) {
    return app.requests().interaction(payload.json());
  }

  private int id(int index) {
    return tags.get(index).id();
  }

  private Profile profile(String userId) {
    return new ProfileStore(app.jdbi(), app.clock()).findByUserId(userId).orElseThrow();
  }
}
