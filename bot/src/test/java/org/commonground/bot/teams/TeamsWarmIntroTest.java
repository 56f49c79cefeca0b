package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.TeamsClient.at;
import static org.commonground.bot.testing.TeamsClient.mention;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.introduce.WarmIntroMessages;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.SlackPeople;
import org.commonground.bot.slack.digest.SlackCrossPlatformIntroSender;
import org.commonground.bot.slack.introduce.SlackWarmIntroMessages;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.digest.CrossPlatformIntroductions;
import org.commonground.bot.teams.introductions.MixedWarmIntroMessages;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.bot.testing.TestPaces;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.teams.TeamsUsers;
import org.commonground.storage.warmintros.WarmIntros;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code introduce @Alice @Bob why} in Teams, colleagues @mentioned across the one NHSmail tenant:
 * each of the two is asked privately on a card, and only two yeses bring each the other's details
 * and a link to start a Teams chat, since a Teams bot can't open a group chat.
 */
class TeamsWarmIntroTest {

  private static final String NOTE = "you both run discharge pilots & <b>want</b> data";

  @RegisterExtension
  final RunningApp app = new RunningApp().withTeams().with("WARM_INTROS_PER_WEEK", "2");

  private TeamsClient teams;
  private TeamsPerson carol;
  private TeamsPerson alice;
  private TeamsPerson bob;

  @BeforeEach
  void threeTeamsMembersAtDifferentTrusts() {
    teams = app.teams();
    carol = member("Carol Convenor", "carol@nhs.example", "Kindred");
    alice = member("Alice Jones", "alice.jones@nhs.example", "Alder Hey Children's NHS Trust");
    bob = member("Bob Smith", "bob.smith@nhs.example", "Mersey Care NHS Foundation Trust");
  }

  @Test
  void eachOfTheTwoGetsOneCardNamingTheOtherAndTheNote() {
    String reply = suggest(carol, alice, bob);

    assertThat(reply)
        .contains("🤝 Thanks! I've asked Alice Jones and Bob Smith, each privately")
        .contains("If both say yes within 7 days, I'll send each of them the other's details")
        .doesNotContain("<@", ":handshake:");
    String alices = CardText.of(askCard(alice));
    assertThat(alices)
        .contains("Carol Convenor thinks you and Bob Smith should meet")
        .contains("discharge pilots & <b>want</b> data")
        .contains("Mersey Care NHS Foundation Trust", "Yes, introduce us", "No thanks")
        .contains("nobody is told")
        .doesNotContain("bob.smith@nhs.example");
    assertThat(CardText.of(askCard(bob))).contains("Carol Convenor thinks you and Alice Jones");
    assertThat(cardsWith(alice, CardIds.WARM_INTRO_YES_VERB)).hasSize(1);
    assertThat(cardsWith(bob, CardIds.WARM_INTRO_YES_VERB)).hasSize(1);
  }

  @Test
  void whenBothSayYesEachGetsTheOthersDetailsAndAChatLink() {
    suggest(carol, alice, bob);
    long introId = bothAsked(askCard(alice));

    answer(alice, CardIds.WARM_INTRO_YES_VERB, introId);
    Eventually.until(
        "Alice's card shows her yes",
        () -> CardText.of(askCard(alice)).contains("You said yes. If Bob Smith says yes too"));
    assertThat(introductionTo(alice)).isEmpty();

    answer(bob, CardIds.WARM_INTRO_YES_VERB, introId);

    Eventually.until(
        "both told", () -> introductionTo(alice).size() + introductionTo(bob).size() == 2);
    String toAlice = CardText.of(introductionTo(alice).get(0));
    assertThat(toAlice)
        .contains("Meet Bob Smith!", "Mersey Care NHS Foundation Trust", "bob.smith@nhs.example")
        .contains("the suggestion that you two meet", "discharge pilots & <b>want</b> data")
        .contains("You said yes first: could you suggest a time");
    assertThat(introductionTo(alice).get(0).toString())
        .contains("https://teams.microsoft.com/l/chat/0/0?users=bob.smith%40nhs.example");
    assertThat(CardText.of(introductionTo(bob).get(0)))
        .contains("Meet Alice Jones!", "alice.jones@nhs.example", "Alice Jones said yes first");
    assertThat(introductionTo(bob).get(0).toString())
        .contains("https://teams.microsoft.com/l/chat/0/0?users=alice.jones%40nhs.example");
    Eventually.until(
        "both cards say so",
        () ->
            CardText.of(askCard(alice)).contains("You both said yes")
                && CardText.of(askCard(bob)).contains("You both said yes"));
    assertThat(askCard(alice).toString()).doesNotContain(CardIds.WARM_INTRO_YES_VERB);
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void aNoIsPrivateAndNobodyIsIntroduced() {
    suggest(carol, alice, bob);
    long introId = bothAsked(askCard(alice));

    answer(alice, CardIds.WARM_INTRO_NO_VERB, introId);
    answer(bob, CardIds.WARM_INTRO_YES_VERB, introId);

    Eventually.until(
        "both cards redrawn",
        () ->
            CardText.of(askCard(alice)).contains("You said no thanks")
                && CardText.of(askCard(bob)).contains("You said yes. If Alice Jones says yes too"));
    assertThat(introductionTo(alice)).isEmpty();
    assertThat(introductionTo(bob)).isEmpty();
    assertThat(CardText.of(askCard(bob))).doesNotContain("no thanks");
  }

  @Test
  void someoneMentionedWhoIsNotInTheNetworkGetsSlacksWords() {
    TeamsPerson stranger = teams.person("Sam Stranger", "sam@nhs.example");
    String reply =
        send(
            carol,
            "introduce " + at(alice.name()) + " " + at(stranger.name()) + " " + NOTE,
            List.of(mention(alice), mention(stranger.botUserId(), stranger.name())));

    assertThat(reply).contains("That introduction can't happen right now");
    assertThat(cardsWith(alice, CardIds.WARM_INTRO_YES_VERB)).isEmpty();
  }

  @Test
  void namingYourselfOrOnePersonTwiceIsRefusedInSlacksWords() {
    String self =
        send(
            carol,
            "introduce " + at(carol.name()) + " " + at(bob.name()),
            List.of(mention(carol.botUserId(), carol.name()), mention(bob)));
    String twice =
        send(
            carol,
            "introduce " + at(bob.name()) + " and " + at(bob.name()),
            List.of(mention(bob), mention(bob)));
    String none = send(carol, "introduce @alice @bob", List.of());

    assertThat(self).contains("You can't introduce yourself this way");
    assertThat(twice).contains("You named Bob Smith twice");
    assertThat(none)
        .contains("Name the two people you'd like to introduce: introduce @alice @bob why")
        .doesNotContain("/introduce");
  }

  @Test
  void theWeeklyLimitHolds() {
    TeamsPerson dan = member("Dan Davies", "dan@nhs.example", "Wirral Council");
    TeamsPerson erin = member("Erin Evans", "erin@nhs.example", "Sefton Council");
    assertThat(suggest(carol, alice, bob)).contains("I've asked");
    assertThat(suggest(carol, dan, erin)).contains("I've asked");

    String third = suggest(carol, bob, dan);

    assertThat(third).contains("⏳ You've suggested 2 introductions in the last 7 days");
    askCard(dan);
    assertThat(cardsWith(dan, CardIds.WARM_INTRO_YES_VERB)).hasSize(1);
  }

  @Test
  void whenTimeIsUpEveryoneStillWaitingAndTheSuggesterAreToldItLapsed() throws Exception {
    suggest(carol, alice, bob);
    long introId = bothAsked(askCard(alice));
    answer(bob, CardIds.WARM_INTRO_YES_VERB, introId);
    Eventually.until("Bob's yes shown", () -> CardText.of(askCard(bob)).contains("You said yes"));
    int carolsBefore = teams.connector().activities(carol.conversationId()).size();

    app.clock().advance(Duration.ofDays(7).plusMinutes(1));
    lapseDue();

    assertThat(CardText.of(askCard(alice))).contains("This suggestion has lapsed");
    assertThat(CardText.of(askCard(bob))).contains("This suggestion has lapsed");
    assertThat(askCard(alice).toString()).doesNotContain(CardIds.WARM_INTRO_YES_VERB);
    JsonObject toCarol =
        teams
            .connector()
            .awaitActivities(carol.conversationId(), carolsBefore + 1)
            .get(carolsBefore);
    assertThat(toCarol.get("text").getAsString())
        .isEqualTo(
            "⌛ Your suggestion that Alice Jones and Bob Smith meet has lapsed: it didn't come"
                + " together this time. Thanks for thinking of them.");
  }

  /** Runs what the lapsing task runs, as another replica would, reaching Teams as the app does. */
  private void lapseDue() throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    try (Slack slack = Slack.getInstance(config)) {
      MethodsClient client = slack.methods(RunningApp.BOT_TOKEN);
      Poster poster = new Poster(client);
      TeamsUsers users = new TeamsUsers(app.jdbi(), app.clock());
      BotConnector connector =
          TeamsAdapter.connector(
              TeamsAdapter.tokens(app.settings().teams().orElseThrow(), app.clock()),
              TestPaces.teams());
      WarmIntroMessages messages =
          new MixedWarmIntroMessages(
              new SlackWarmIntroMessages(poster, new DirectMessages(client)),
              users,
              connector,
              new CrossPlatformIntroductions(
                  users,
                  connector,
                  new SlackPeople(client),
                  new SlackCrossPlatformIntroSender(poster)));
      WarmIntroFeature.create(
              new WarmIntros(app.jdbi(), app.clock()),
              new BlockList(app.jdbi(), app.clock()),
              new ProfileStore(app.jdbi(), app.clock()),
              messages,
              Runnable::run,
              app.clock(),
              ZoneId.of("Europe/London"),
              2,
              app::noticeVersion)
          .lapseDue();
    }
  }

  private TeamsPerson member(String name, String email, String organisation) {
    TeamsPerson person = teams.person(name, email);
    teams.send(teams.installation(person));
    teams.connector().awaitActivities(person.conversationId(), 1);
    JsonObject profile = ProfileInputs.complete(app);
    profile.addProperty(CardIds.NEW_ORGANISATION, organisation);
    assertThat(
            CardText.of(
                TeamsClient.answeredCard(
                    teams.send(teams.execute(person, CardIds.PROFILE_SUBMIT_VERB, profile)))))
        .contains("Thanks for introducing yourself");
    return person;
  }

  /** {@code from} suggests the two meet, mentioning the second only by their chat id. */
  private String suggest(TeamsPerson from, TeamsPerson a, TeamsPerson b) {
    return send(
        from,
        "introduce " + at(a.name()) + " " + at(b.name()) + " " + NOTE,
        List.of(mention(a), mention(b.botUserId(), b.name())));
  }

  /** Sends the message and returns the text the app answers it with. */
  private String send(TeamsPerson from, String text, List<JsonObject> mentions) {
    int before = teams.connector().activities(from.conversationId()).size();
    assertThat(teams.send(teams.message(from, text, mentions)).statusCode()).isBetween(200, 202);
    List<JsonObject> chat = teams.connector().awaitActivities(from.conversationId(), before + 1);
    return chat.get(before).get("text").getAsString();
  }

  private void answer(TeamsPerson person, String verb, long introId) {
    JsonObject data = new JsonObject();
    data.addProperty(CardIds.INTRO_ID, introId);
    assertThat(teams.send(teams.execute(person, verb, data)).body())
        .contains("the card shows your answer");
  }

  /** The warm introduction card in {@code person}'s chat, as it reads now. */
  private JsonObject askCard(TeamsPerson person) {
    Eventually.until(
        "a warm introduction card for " + person.name(),
        () -> !cardsWith(person, "should meet").isEmpty());
    return cardsWith(person, "should meet").get(0);
  }

  private List<JsonObject> introductionTo(TeamsPerson person) {
    return cardsWith(person, "Meet ");
  }

  private List<JsonObject> cardsWith(TeamsPerson person, String text) {
    return teams.connector().activities(person.conversationId()).stream()
        .filter(a -> a.has("attachments"))
        .map(TeamsInstallTest::card)
        .filter(card -> card.toString().contains(text))
        .toList();
  }

  /**
   * The suggestion's id, once both cards are sent and where each landed is stored, as it is before
   * either person could see theirs and click.
   */
  private long bothAsked(JsonObject card) {
    long id = introId(card);
    WarmIntros intros = new WarmIntros(app.jdbi(), app.clock());
    Eventually.until(
        "both asked",
        () ->
            intros
                .find(id)
                .map(i -> i.messageTo(i.memberA()) != null && i.messageTo(i.memberB()) != null)
                .orElse(false));
    return id;
  }

  private static long introId(JsonObject card) {
    String json = card.toString();
    int at = json.indexOf("\"" + CardIds.INTRO_ID + "\":") + CardIds.INTRO_ID.length() + 3;
    return Long.parseLong(json.substring(at).replaceAll("^(\\d+).*", "$1"));
  }
}
