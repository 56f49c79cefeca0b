package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One member saving the profile form over and over, each time suggesting another challenge: the
 * admins and the member get a bounded number of DMs, and nothing the member typed is lost.
 */
class ProfileFloodTest {

  private static final int SUBMISSIONS = 200;
  private static final List<String> ADMINS = List.of(Members.ADMIN, "U0SECOND");

  @RegisterExtension
  final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", String.join(",", ADMINS));

  private List<Tag> tags;

  @BeforeEach
  void introduceTheMember() {
    tags = app.stores().tags().active();
    assertThat(submit(ProfilePayload.valid(tags.get(0).id())).body()).isEmpty();
    app.slack().awaitCall("chat.postMessage");
    app.clock().advance(IntroductionAnnouncer.CONFIRMATION_QUIET);
  }

  @Test
  void twoHundredSavesWithNewSuggestionsSendABoundedNumberOfDms() throws Exception {
    List<HttpResponse<String>> responses = flood();
    app.stop();

    List<Integer> saved = new ArrayList<>();
    for (int i = 0; i < SUBMISSIONS; i++) {
      String body = responses.get(i).body();
      if (body.isEmpty()) {
        saved.add(i);
      } else {
        assertThat(errors(body)).containsOnlyKeys(ProfileFields.SUGGESTION_FIELD);
        assertThat(errors(body).get(ProfileFields.SUGGESTION_FIELD))
            .isEqualTo(ProfileLabels.TOO_MANY_SUGGESTIONS);
      }
    }
    assertThat(saved).hasSize(TagSuggestions.PENDING_PER_MEMBER);

    List<SlackCall> dms = app.slack().calls("chat.postMessage");
    // The first introduction's confirmation, then one confirmation and one DM per admin for each
    // suggestion the member may have waiting.
    int bound = 1 + 1 + ADMINS.size() * TagSuggestions.PENDING_PER_MEMBER;
    assertThat(dms).hasSize(bound);
    assertThat(dms.stream().filter(c -> c.param("channel").equals(Members.MEMBER))).hasSize(2);
    for (String admin : ADMINS) {
      assertThat(dms.stream().filter(c -> c.param("channel").equals(admin)))
          .hasSize(TagSuggestions.PENDING_PER_MEMBER);
    }

    Profile profile = profile();
    assertThat(saved)
        .extracting(ProfileFloodTest::workingOn)
        .contains(profile.member().workingOn());
    assertThat(new TagSuggestions(app.jdbi(), app.clock(), 5).pending())
        .extracting(TagSuggestion::name)
        .containsExactlyInAnyOrderElementsOf(
            saved.stream().map(ProfileFloodTest::suggestion).toList());
  }

  @Test
  void aSaveRefusedOverTheCapGoesThroughOnceTheSuggestionIsCleared() throws Exception {
    flood();

    HttpResponse<String> cleared =
        submit(ProfilePayload.valid(tags.get(0).id(), tags.get(1).id()).workingOn("Kept"));

    assertThat(cleared.body()).isEmpty();
    assertThat(profile().member().workingOn()).isEqualTo("Kept");
    assertThat(profile().challenges()).hasSize(2);
  }

  private List<HttpResponse<String>> flood() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
      for (int i = 0; i < SUBMISSIONS; i++) {
        ProfilePayload payload =
            ProfilePayload.valid(tags.get(0).id())
                .workingOn(workingOn(i))
                .suggestion(suggestion(i));
        saves.add(() -> submit(payload));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> response : pool.invokeAll(saves)) {
        assertThat(response.get().statusCode()).isEqualTo(200);
        responses.add(response.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String workingOn(int i) {
    return "Edit number " + i;
  }

  private static String suggestion(int i) {
    return "Challenge number " + i;
  }

  private HttpResponse<String> submit(ProfilePayload payload) {
    return app.requests().interaction(payload.json());
  }

  private static Map<String, String> errors(String body) {
    JsonObject errors = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("errors");
    Map<String, String> byBlock = new java.util.HashMap<>();
    errors.entrySet().forEach(e -> byBlock.put(e.getKey(), e.getValue().getAsString()));
    return byBlock;
  }

  private Profile profile() {
    return new ProfileStore(app.jdbi(), app.clock()).findByUserId(Members.MEMBER).orElseThrow();
  }
}
