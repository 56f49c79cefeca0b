package org.commonground.bot.core.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.commonground.bot.slack.consent.ConsentRequestDm;
import org.commonground.bot.slack.consent.NoticeBlocks;
import org.commonground.bot.slack.home.BlockListSection;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The people a newcomer's confirmation names: only those the weekly round could pair them with,
 * never anyone paused, wanting no matches, gone, still to agree to a new privacy notice, or
 * separated from them by a block.
 */
class PeopleLikeYouTest {

  private static final String NEWCOMER = "U0NIA";

  @RegisterExtension final RunningApp app = new RunningApp();

  private Network network;

  @BeforeEach
  void network() {
    network = new Network(app);
  }

  @Test
  void namesOnlyMembersTheRoundCouldPairThemWith() {
    network.introduce("U0VAL", "Kindred", "VCFSE", 0);
    network.introduce("U0PAM", "Juno", "VCFSE", 0);
    homeAction(SlackPayloads.selected("U0PAM", HomeView.PAUSE_FOR_ACTION, "1"));
    network.introduce("U0ZED", "Plus Dane", "HOUSING", 0);
    homeAction(SlackPayloads.selected("U0ZED", HomeView.MATCHES_ACTION, "0"));
    network.introduce("U0DEE", "Transform Lives", "VCFSE", 0);
    app.requests().event(SlackPayloads.userChange("Ev0GONE", "U0DEE", true, "Dee Example", ""));
    network.introduce("U0BO", "Open Door Centre", "VCFSE", 0);
    homeAction(SlackPayloads.userPicked("U0BO", BlockListSection.BLOCK_PERSON_ACTION, NEWCOMER));
    network.introduce("U0KIM", "Wirral Council", "LOCAL_AUTHORITY", 5);
    network.introduce("U0OLA", "Local Solutions", "VCFSE", 0);
    homeAction(
        SlackPayloads.picked(
            "U0OLA",
            BlockListSection.BLOCK_ORGANISATION_ACTION,
            "external_select",
            Long.toString(organisation("Wirral Council"))));

    network.introduce(NEWCOMER, "Wirral Council", "LOCAL_AUTHORITY", 0);

    String confirmation = VisibleText.of(confirmationTo(NEWCOMER).param("blocks"));
    assertThat(confirmation).contains("<@U0VAL>", "Kindred");
    assertThat(confirmation).doesNotContain("U0PAM", "U0ZED", "U0DEE", "U0BO", "U0OLA", "U0KIM");
  }

  @Test
  void aPauseThatHasEndedNoLongerHidesThem() {
    network.introduce("U0PAM", "Juno", "VCFSE", 0);
    homeAction(SlackPayloads.selected("U0PAM", HomeView.PAUSE_FOR_ACTION, "1"));
    app.clock().advance(Duration.ofDays(7));

    network.introduce(NEWCOMER, "Wirral Council", "LOCAL_AUTHORITY", 0);

    assertThat(VisibleText.of(confirmationTo(NEWCOMER).param("blocks"))).contains("<@U0PAM>");
  }

  @Test
  void aNewNoticeHidesWhoeverHasNotAgreedToItUntilTheyDo() throws Exception {
    network.introduce("U0VAL", "Kindred", "VCFSE", 0);
    network.introduce("U0OLD", "Juno", "VCFSE", 0);
    app.slack().awaitCalls("chat.postMessage", 2);
    app.restartWith("PRIVACY_CONTROLLER", "Liverpool City Region Combined Authority");
    app.slack()
        .awaitCalls("chat.postMessage", c -> ConsentRequestDm.TEXT.equals(c.param("text")), 2);
    homeAction(SlackPayloads.button("U0VAL", NoticeBlocks.AGREE_ACTION, app.noticeVersion()));

    network.introduce(NEWCOMER, "Wirral Council", "LOCAL_AUTHORITY", 0);

    String confirmation = VisibleText.of(confirmationTo(NEWCOMER).param("blocks"));
    assertThat(confirmation).contains("<@U0VAL>").doesNotContain("U0OLD");

    homeAction(SlackPayloads.button("U0OLD", NoticeBlocks.AGREE_ACTION, app.noticeVersion()));
    network.introduce("U0NED", "Plus Dane", "HOUSING", 0);
    assertThat(VisibleText.of(confirmationTo("U0NED").param("blocks"))).contains("<@U0OLD>");
  }

  private void homeAction(String payload) {
    int before = app.slack().calls("views.publish").size();
    assertThat(app.requests().interaction(payload).statusCode()).isEqualTo(200);
    app.slack().awaitCalls("views.publish", before + 1);
  }

  private long organisation(String name) {
    return new OrganisationCatalogue(app.jdbi(), app.clock()).findByName(name).orElseThrow().id();
  }

  private SlackCall confirmationTo(String userId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      var sent =
          app.slack().calls("chat.postMessage").stream()
              .filter(c -> userId.equals(c.param("channel")))
              .findFirst();
      if (sent.isPresent()) {
        return sent.get();
      }
      app.slack().awaitCalls("chat.postMessage", app.slack().calls("chat.postMessage").size() + 1);
    }
    throw new AssertionError("no confirmation to " + userId);
  }
}
