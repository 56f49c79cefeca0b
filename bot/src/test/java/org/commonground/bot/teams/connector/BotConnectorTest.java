package org.commonground.bot.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.bot.teams.cards.NoticeCard;
import org.commonground.bot.testing.ConnectorCall;
import org.commonground.bot.testing.ConnectorCall.Kind;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.bot.testing.FakeBotConnector.Answer;
import org.commonground.bot.testing.TestPaces;
import org.commonground.storage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot's calls to Teams, made against the strict fake connector. */
class BotConnectorTest {

  private static final String BOT = "28:bot-app-id";
  private static final String TENANT = "7f0c5a8e-0000-4000-8000-000000000001";
  private static final String ANA = "29:1anaPairwiseId";

  private final FakeBotConnector teams = new FakeBotConnector("good-token"::equals);
  private final TokenSequence tokens = new TokenSequence("good-token");
  private final BotConnector connector =
      new BotConnector(tokens, HttpClient.newHttpClient(), TestPaces.teams());

  @AfterEach
  void close() {
    teams.close();
  }

  @Test
  void openingAnasChatTwiceFindsTheSameConversation() {
    addAna();

    Outcome<String> first = connector.openPersonalChat(teams.serviceUrl(), BOT, TENANT, ANA);
    Outcome<String> second = connector.openPersonalChat(teams.serviceUrl(), BOT, TENANT, ANA);

    String chat = teams.conversationOf(ANA).orElseThrow();
    assertThat(chat).startsWith("a:1");
    assertThat(first).isEqualTo(new Outcome.Done<>(chat));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aSentCardLandsInTheChatWithTheIdTeamsAnswered() {
    String chat = anasChat();

    Outcome<String> sent = connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Welcome!"));

    List<JsonObject> landed = teams.awaitActivities(chat, 1);
    assertThat(sent).isEqualTo(new Outcome.Done<>(landed.get(0).get("id").getAsString()));
    assertThat(teams.lastCard(ANA).toString()).contains("Welcome!");
  }

  @Test
  void anUpdateReplacesTheCardInPlace() {
    String chat = anasChat();
    String id = done(connector.send(teams.serviceUrl(), chat, NoticeCard.plain("This week: Ben")));

    Outcome<String> updated =
        connector.update(teams.serviceUrl(), chat, id, NoticeCard.plain("You met Ben: thanks!"));

    assertThat(updated).isEqualTo(new Outcome.Done<>(id));
    assertThat(teams.activities(chat)).hasSize(1);
    assertThat(teams.lastCard(ANA).toString()).contains("You met Ben").doesNotContain("This week");
  }

  @Test
  void aDeletedCardIsGoneAndCanNoLongerBeUpdated() {
    String chat = anasChat();
    String id = done(connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Digest")));

    assertThat(connector.delete(teams.serviceUrl(), chat, id)).isEqualTo(new Outcome.Done<>(null));

    assertThat(teams.activities(chat)).isEmpty();
    assertThat(connector.update(teams.serviceUrl(), chat, id, NoticeCard.plain("Digest again")))
        .isEqualTo(new Outcome.Failed<>(404, "ActivityNotFoundInConversation", true));
  }

  @Test
  void deletingAnActivityThatIsNotThereIsTeams404() {
    String chat = anasChat();
    String id = done(connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Your data")));
    connector.delete(teams.serviceUrl(), chat, id);

    assertThat(connector.delete(teams.serviceUrl(), chat, id))
        .isEqualTo(new Outcome.Failed<>(404, "ActivityNotFoundInConversation", true));
    assertThat(connector.delete(teams.serviceUrl(), chat, "1700000000000"))
        .isEqualTo(new Outcome.Failed<>(404, "ActivityNotFoundInConversation", true));
  }

  @Test
  void aThrottledDeletionSaysWhenToTryAgainAndLeavesTheActivity() {
    String chat = anasChat();
    String id = done(connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Your data")));
    teams.answerNext(Kind.DELETE, Answer.throttled(3));

    assertThat(connector.delete(teams.serviceUrl(), chat, id))
        .isEqualTo(new Outcome.RateLimited<>(Duration.ofSeconds(3)));
    assertThat(teams.activities(chat)).hasSize(1);
  }

  @Test
  void looksAnaUpAsTeamsDescribesHer() {
    String chat = anasChat();

    assertThat(connector.member(teams.serviceUrl(), chat, ANA))
        .isEqualTo(
            new Outcome.Done<>(
                new TeamsAccount(
                    ANA, "aad-ana", "Ana Silva", "ana@example.org", "ana@example.org", TENANT)));
  }

  @Test
  void someoneWithoutMailHasAnEmptyEmail() {
    teams.addUser("29:1benPairwiseId", "aad-ben", "Ben Okafor", null, TENANT);
    String chat =
        done(connector.openPersonalChat(teams.serviceUrl(), BOT, TENANT, "29:1benPairwiseId"));

    TeamsAccount ben = done(connector.member(teams.serviceUrl(), chat, "29:1benPairwiseId"));

    assertThat(ben.email()).isEmpty();
    assertThat(ben.name()).isEqualTo("Ben Okafor");
  }

  @Test
  void someoneTheBotIsNotInstalledForCannotBeReached() {
    assertThat(connector.openPersonalChat(teams.serviceUrl(), BOT, TENANT, "29:1stranger"))
        .isEqualTo(new Outcome.Failed<>(403, "ForbiddenOperationException", true));
  }

  @Test
  void anUnknownConversationFailsForGood() {
    assertThat(connector.send(teams.serviceUrl(), "a:1gone", NoticeCard.plain("Hello")))
        .isEqualTo(new Outcome.Failed<>(404, "ConversationNotFound", true));
  }

  @Test
  void aThrottledSendSaysHowLongTeamsAskedToWait() {
    String chat = anasChat();
    teams.answerNext(Kind.SEND, Answer.throttled(7));

    assertThat(connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Hello")))
        .isEqualTo(new Outcome.RateLimited<>(Duration.ofSeconds(7)));
    assertThat(teams.activities(chat)).isEmpty();
  }

  @Test
  void aThrottleWithoutRetryAfterWaitsAMinute() {
    String chat = anasChat();
    teams.answerNext(Kind.SEND, new Answer(429, Map.of(), Answer.throttled(1).body()));

    assertThat(connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Hello")))
        .isEqualTo(new Outcome.RateLimited<>(Duration.ofMinutes(1)));
  }

  @Test
  void aCallThrottledForASecondIsMadeAgainOnceTheSecondHasPassed() {
    String chat = anasChat();
    teams.limitRate(1);

    Outcome<String> first = connector.send(teams.serviceUrl(), chat, NoticeCard.plain("One"));
    Outcome<String> second = connector.send(teams.serviceUrl(), chat, NoticeCard.plain("Two"));

    assertThat(first).isInstanceOf(Outcome.Done.class);
    // Refused once; the connector's pace held it until the Retry-After had passed, then sent it.
    assertThat(second).isInstanceOf(Outcome.Done.class);
    assertThat(teams.throttledCalls()).isEqualTo(1);
    assertThat(teams.callsTooSoon()).isZero();
    assertThat(teams.activities(chat)).hasSize(2);
  }

  @Test
  void manyMessagesToOneChatKeepTeamsLimitsPerConversationAndAreNeverThrottled() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    Instant start = clock.instant();
    try (FakeBotConnector timed =
        new FakeBotConnector(
            "good-token"::equals, () -> Duration.between(start, clock.instant()).toNanos())) {
      BotConnector paced =
          new BotConnector(
              tokens,
              HttpClient.newHttpClient(),
              TestPaces.teams(
                  clock,
                  wait -> {
                    clock.advance(wait);
                    return true;
                  }));
      timed.addUser(ANA, "aad-ana", "Ana Silva", "ana@example.org", TENANT);
      String chat = done(paced.openPersonalChat(timed.serviceUrl(), BOT, TENANT, ANA));

      for (int i = 0; i < 130; i++) {
        done(paced.send(timed.serviceUrl(), chat, NoticeCard.plain("Message " + i)));
      }

      assertThat(timed.throttledCalls()).isZero();
      assertThat(timed.activities(chat)).hasSize(130);
      // 60 calls in any 30 s: the 121st can't go before a minute has passed.
      assertThat(Duration.between(start, clock.instant()))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }
  }

  @Test
  void aRefusedTokenIsForgottenAndTheCallMadeOnceMoreWithAFreshOne() {
    addAna();
    TokenSequence expiring = new TokenSequence("expired-token", "good-token");
    BotConnector renewing =
        new BotConnector(expiring, HttpClient.newHttpClient(), TestPaces.teams());

    Outcome<String> opened = renewing.openPersonalChat(teams.serviceUrl(), BOT, TENANT, ANA);

    assertThat(opened).isEqualTo(new Outcome.Done<>(teams.conversationOf(ANA).orElseThrow()));
    assertThat(expiring.forgotten()).isEqualTo(1);
    assertThat(teams.calls().stream().map(ConnectorCall::authorization))
        .containsExactly("Bearer expired-token", "Bearer good-token");
  }

  @Test
  void aTokenRefusedTwiceIsNotTriedAThirdTime() {
    addAna();
    BotConnector refused =
        new BotConnector(
            new TokenSequence("expired-token", "revoked-token"),
            HttpClient.newHttpClient(),
            TestPaces.teams());

    assertThat(refused.openPersonalChat(teams.serviceUrl(), BOT, TENANT, ANA))
        .isEqualTo(new Outcome.Failed<>(401, "http_401", false));
    assertThat(teams.calls()).extracting(ConnectorCall::status).containsExactly(401, 401);
  }

  @Test
  void noAnswerAtAllIsAFailureWorthTryingAgain() {
    FakeBotConnector gone = new FakeBotConnector("good-token"::equals);
    String serviceUrl = gone.serviceUrl();
    gone.close();

    Outcome<String> sent = connector.send(serviceUrl, "a:1chat", NoticeCard.plain("Hello"));

    assertThat(sent)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed -> {
              assertThat(failed.status()).isZero();
              assertThat(failed.code()).endsWith("Exception");
              assertThat(failed.permanent()).isFalse();
            });
  }

  private void addAna() {
    teams.addUser(ANA, "aad-ana", "Ana Silva", "ana@example.org", TENANT);
  }

  private String anasChat() {
    addAna();
    return done(connector.openPersonalChat(teams.serviceUrl(), BOT, TENANT, ANA));
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done<T>) outcome).value();
  }
}
