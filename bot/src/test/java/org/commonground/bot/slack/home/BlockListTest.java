package org.commonground.bot.slack.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonground.bot.testing.Interactions;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's block list in App Home, through the real server: block, see, undo; private. */
class BlockListTest {

  private static final String ADA = "U0ADA";
  private static final String BEA = "U0BEA";

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", "U0ADMIN");

  private long openDoor;

  @BeforeEach
  void introduce() {
    Network network = new Network(app);
    network.introduce(ADA, "Wirral Council", "LOCAL_AUTHORITY", 0);
    network.introduce(BEA, "Open Door Centre", "VCFSE", 0);
    network.introduce("U0CAL", "Kindred", "VCFSE", 0);
    app.slack().awaitCalls("chat.postMessage", 3);
    openDoor = organisation("Open Door Centre");
  }

  @Test
  void aNewMemberSeesTheListIsEmptyAndThatNobodyIsEverTold() {
    String home = open(ADA);

    assertThat(home)
        .contains("Who you won't be matched with", "Nobody is on it yet", "*They are never told*")
        .contains("Block a person…", "Block an organisation…");
  }

  @Test
  void blockingAPersonAndAnOrganisationListsBothWithTheDate() {
    assertThat(act(blockPerson(ADA, BEA))).contains("Blocked <@U0BEA>", "They won't be told");

    assertThat(organisationOptions(ADA, "door")).contains("Open Door").doesNotContain("Kindred");
    assertThat(organisationOptions(ADA, ""))
        .contains("Open Door Centre", "Kindred")
        .doesNotContain("Wirral");
    assertThat(act(blockOrganisation(ADA, openDoor)))
        .contains("Blocked everyone at *Open Door Centre*", "Nobody there will be told")
        .contains("<@U0BEA> – blocked on 23 November 2026", "Unblock")
        .contains("*Open Door Centre* – everyone there, blocked on 23 November 2026");
    assertThat(organisationOptions(ADA, "")).contains("Kindred").doesNotContain("Open Door");
  }

  @Test
  void unblockingTakesThemOffTheList() {
    act(blockPerson(ADA, BEA));
    act(blockOrganisation(ADA, openDoor));

    assertThat(act(SlackPayloads.button(ADA, BlockListSection.UNBLOCK_PERSON_ACTION, BEA)))
        .contains("<@U0BEA> is off your list: you can be matched again");
    assertThat(
            act(
                SlackPayloads.button(
                    ADA, BlockListSection.UNBLOCK_ORGANISATION_ACTION, Long.toString(openDoor))))
        .contains("*Open Door Centre* is off your list", "Nobody is on it yet")
        .doesNotContain("<@U0BEA> –");
  }

  @Test
  void blockingYourselfOrYourOwnOrganisationIsRefusedClearly() {
    assertThat(act(blockPerson(ADA, ADA)))
        .contains("That's you: there's no need to block yourself");
    assertThat(act(blockOrganisation(ADA, organisation("Wirral Council"))))
        .contains("That's your own organisation", "never pairs you with colleagues")
        .contains("Nobody is on it yet");
  }

  @Test
  void theBlockedMemberSeesNothingOfItInAppHomeOrTheirExport() {
    act(blockPerson(ADA, BEA));
    act(blockOrganisation(ADA, openDoor));

    String home = open(BEA);
    app.requests().slashCommand("/introduce", "export", BEA);
    String export = app.slack().awaitCall("upload").param("body");

    assertThat(home).contains("Nobody is on it yet").doesNotContain("U0ADA", "Wirral");
    assertThat(export).contains(BEA).doesNotContain("U0ADA", "Wirral");
  }

  @Test
  void theBlockersOwnExportListsTheirBlocks() {
    act(blockPerson(ADA, BEA));
    act(blockOrganisation(ADA, openDoor));

    app.requests().slashCommand("/introduce", "export", ADA);

    assertThat(app.slack().awaitCall("upload").param("body"))
        .contains("blocked_people", BEA, "blocked_organisations", "Open Door Centre");
  }

  @Test
  void aForgedPickChangesNothing() {
    assertThat(act(blockPerson(ADA, "<!channel>"))).contains("didn't understand that choice");
    assertThat(act(blockOrganisation("U0STRANGER", openDoor))).contains("Introduce yourself first");
    assertThat(act(blockOrganisation(ADA, 999_999))).contains("isn't in the list any more");

    assertThat(open(ADA)).contains("Nobody is on it yet").doesNotContain("<!channel>");
  }

  private static String blockPerson(String userId, String picked) {
    return SlackPayloads.userPicked(userId, BlockListSection.BLOCK_PERSON_ACTION, picked);
  }

  private static String blockOrganisation(String userId, long organisationId) {
    return SlackPayloads.picked(
        userId,
        BlockListSection.BLOCK_ORGANISATION_ACTION,
        "external_select",
        Long.toString(organisationId));
  }

  private String organisationOptions(String userId, String typed) {
    return VisibleText.of(
        app.requests()
            .interaction(
                Interactions.suggestion(userId, BlockListSection.BLOCK_ORGANISATION_ACTION, typed))
            .body());
  }

  private long organisation(String name) {
    return new OrganisationCatalogue(app.jdbi(), app.clock())
        .findByName(name)
        .map(Organisation::id)
        .orElseThrow();
  }

  /** Sends an interaction and returns what the App Home it republishes shows. */
  private String act(String payload) {
    int before = app.slack().calls("views.publish").size();
    assertThat(app.requests().interaction(payload).statusCode()).isEqualTo(200);
    return published(before + 1);
  }

  private String open(String userId) {
    int before = app.slack().calls("views.publish").size();
    app.requests().event(SlackPayloads.appHomeOpened(userId));
    return published(before + 1);
  }

  private String published(int n) {
    List<SlackCall> publishes = app.slack().awaitCalls("views.publish", n);
    return VisibleText.of(publishes.get(n - 1).param("view"));
  }
}
