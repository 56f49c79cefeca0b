package org.commonground.bot.teams.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.commonground.bot.testing.FakeIdentityProvider;
import org.commonground.storage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectorTokensTest {

  private static final String APP_ID = "9b5a1f4e-3c2d-4e8f-a1b2-c3d4e5f6a7b8";
  private static final String SECRET = "Qx8~secret.value_with+odd&chars=";
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T09:00:00Z"));
  private final FakeIdentityProvider identity = new FakeIdentityProvider(APP_ID, SECRET, clock);
  private static final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    identity.close();
  }

  private ConnectorTokens tokens(String secret) {
    return new ConnectorTokens(URI.create(identity.tokenUrl(TENANT)), APP_ID, secret, clock, http);
  }

  @Test
  void getsATokenOnceAndReusesIt() throws IOException {
    ConnectorTokens tokens = tokens(SECRET);

    String first = tokens.bearer();
    clock.advance(Duration.ofMinutes(30));
    String second = tokens.bearer();

    assertTrue(identity.issuedThis(first));
    assertEquals(first, second);
    assertEquals(1, identity.tokenRequests());
  }

  @Test
  void getsANewTokenFiveMinutesBeforeTheOldOneExpires() throws IOException {
    ConnectorTokens tokens = tokens(SECRET);
    String first = tokens.bearer();

    // Entra's tokens last 3599 seconds: renewal is due 3299 seconds in.
    clock.advance(Duration.ofSeconds(3298));
    assertEquals(first, tokens.bearer());

    clock.advance(Duration.ofSeconds(1));
    String renewed = tokens.bearer();

    assertNotEquals(first, renewed);
    assertTrue(identity.issuedThis(renewed));
    assertTrue(identity.issuedThis(first), "the old one is still good while it is replaced");
    assertEquals(2, identity.tokenRequests());
  }

  @Test
  void getsANewTokenOnceTheOldOneIsForgotten() throws IOException {
    ConnectorTokens tokens = tokens(SECRET);
    String first = tokens.bearer();

    tokens.forget();
    String second = tokens.bearer();

    assertNotEquals(first, second);
    assertTrue(identity.issuedThis(second));
    assertEquals(2, identity.tokenRequests());
  }

  @Test
  void aWrongSecretIsReportedInEntrasWordsWithoutTheSecret() {
    String wrong = "Wr0ng~secret.value";

    IOException refused = assertThrows(IOException.class, () -> tokens(wrong).bearer());

    assertTrue(refused.getMessage().contains("invalid_client"), refused.getMessage());
    assertTrue(refused.getMessage().contains("AADSTS7000215"), refused.getMessage());
    assertFalse(refused.getMessage().contains(wrong), refused.getMessage());
    assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
  }

  @Test
  void manyCallersAtOnceShareOneRequest() throws Exception {
    ConnectorTokens tokens = tokens(SECRET);

    Set<String> bearers = AllAtOnce.run(8, tokens::bearer);

    assertEquals(1, bearers.size());
    assertEquals(1, identity.tokenRequests());
  }

  @Test
  void aRefusalIsNotKept() throws IOException {
    assertThrows(IOException.class, () -> tokens("Wr0ng~secret.value").bearer());

    assertTrue(identity.issuedThis(tokens(SECRET).bearer()));
    assertEquals(2, identity.tokenRequests());
  }
}
