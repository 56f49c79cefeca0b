package org.commonground.bot.teams.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.commonground.bot.teams.auth.InboundTokens.Verdict;
import org.commonground.bot.testing.ActivityToken;
import org.commonground.bot.testing.FakeIdentityProvider;
import org.commonground.storage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboundTokensTest {

  private static final String APP_ID = "9b5a1f4e-3c2d-4e8f-a1b2-c3d4e5f6a7b8";
  private static final String SERVICE_URL = ActivityToken.SERVICE_URL;
  private static final Verdict ACCEPTED = new Verdict.Accepted();

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T09:00:00Z"));
  private final FakeIdentityProvider identity =
      new FakeIdentityProvider(APP_ID, "not-the-secret", clock);
  private static final HttpClient http = HttpClient.newHttpClient();
  private final InboundTokens tokens =
      new InboundTokens(URI.create(identity.metadataUrl()), APP_ID, clock, http);

  @AfterEach
  void stop() {
    identity.close();
  }

  private Verdict check(String token) {
    return tokens.check("Bearer " + token, SERVICE_URL);
  }

  private static Verdict refused(String reason) {
    return new Verdict.Refused(reason);
  }

  @Test
  void acceptsTheBotFrameworksToken() {
    assertEquals(ACCEPTED, check(identity.activityToken(SERVICE_URL)));
  }

  @Test
  void serviceUrlsDifferingOnlyInATrailingSlashAreTheSame() {
    String token = identity.activityToken("https://smba.trafficmanager.net/emea/");

    assertEquals(ACCEPTED, tokens.check("Bearer " + token, "https://smba.trafficmanager.net/emea"));
  }

  @Test
  void refusesATokenExpiredBeyondTheClockSkew() {
    Instant now = clock.instant();
    String token = identity.token().notBefore(now.minus(Duration.ofHours(1))).expiresAt(now).sign();

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertEquals(refused("expired"), check(token));
  }

  @Test
  void acceptsATokenExpiredWithinTheClockSkew() {
    Instant now = clock.instant();
    String token = identity.token().notBefore(now.minus(Duration.ofHours(1))).expiresAt(now).sign();

    clock.advance(Duration.ofMinutes(4));

    assertEquals(ACCEPTED, check(token));
  }

  @Test
  void refusesATokenNotYetValidBeyondTheClockSkew() {
    Instant soon = clock.instant().plus(Duration.ofMinutes(6));

    assertEquals(refused("not yet valid"), check(identity.token().notBefore(soon).sign()));
  }

  @Test
  void acceptsATokenNotYetValidWithinTheClockSkew() {
    Instant soon = clock.instant().plus(Duration.ofMinutes(4));

    assertEquals(ACCEPTED, check(identity.token().notBefore(soon).sign()));
  }

  @Test
  void refusesATokenForAnotherBot() {
    String token = identity.token().audience("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0").sign();

    assertEquals(refused("wrong audience"), check(token));
  }

  @Test
  void refusesATokenFromAnotherIssuer() {
    String token = identity.token().issuer("https://sts.windows.net/some-tenant/").sign();

    assertEquals(refused("wrong issuer"), check(token));
  }

  @Test
  void refusesATokenForAnotherServiceUrl() {
    String token = identity.token().serviceUrl("https://attacker.example/").sign();

    assertEquals(refused("wrong serviceurl"), check(token));
  }

  @Test
  void refusesATokenSignedByAKeyNeverPublished() {
    assertEquals(
        refused("unknown signing key"), check(identity.token().signedByUnknownKey().sign()));
  }

  @Test
  void refusesATokenMacedWithThePublicKey() {
    String token = identity.token().algorithm(JWSAlgorithm.HS256).sign();

    assertEquals(refused("algorithm HS256 not allowed"), check(token));
  }

  @Test
  void refusesAnUnsignedToken() {
    assertEquals(
        refused("not a signed token"), check(identity.token().algorithm(Algorithm.NONE).sign()));
  }

  @Test
  void refusesATokenWhoseClaimsWereChanged() {
    assertEquals(refused("bad signature"), check(identity.token().tampered().sign()));
  }

  @Test
  void refusesAMissingOrGarbledHeader() {
    String token = identity.activityToken(SERVICE_URL);

    assertEquals(refused("no bearer token"), tokens.check(null, SERVICE_URL));
    assertEquals(refused("no bearer token"), tokens.check("", SERVICE_URL));
    assertEquals(refused("no bearer token"), tokens.check("Basic " + token, SERVICE_URL));
    assertEquals(refused("no bearer token"), tokens.check(token, SERVICE_URL));
    assertEquals(refused("malformed token"), tokens.check("Bearer not.a.jwt", SERVICE_URL));
    assertEquals(refused("malformed token"), tokens.check("Bearer ", SERVICE_URL));
  }

  @Test
  void refusesEverythingWhenTheKeysCannotBeHad() {
    InboundTokens withoutKeys =
        new InboundTokens(URI.create(identity.missingUrl()), APP_ID, clock, http);

    assertEquals(
        refused("keys unavailable"),
        withoutKeys.check("Bearer " + identity.activityToken(SERVICE_URL), SERVICE_URL));
  }

  @Test
  void fetchesTheKeysOnceForManyTokens() {
    for (int i = 0; i < 5; i++) {
      assertEquals(ACCEPTED, check(identity.activityToken(SERVICE_URL)));
    }

    assertEquals(1, identity.keyFetches());
  }

  @Test
  void activitiesArrivingAtOnceShareOneFetchOfTheKeys() throws Exception {
    String token = identity.activityToken(SERVICE_URL);

    Set<Verdict> verdicts = AllAtOnce.run(8, () -> check(token));

    assertEquals(Set.of(ACCEPTED), verdicts);
    assertEquals(1, identity.keyFetches());
  }

  @Test
  void fetchesTheKeysAgainWhenTheBotFrameworkRotatesThem() {
    assertEquals(ACCEPTED, check(identity.activityToken(SERVICE_URL)));
    clock.advance(Duration.ofHours(3));

    identity.rotateKey();

    assertEquals(ACCEPTED, check(identity.activityToken(SERVICE_URL)));
    assertEquals(2, identity.keyFetches());
  }

  @Test
  void aFloodOfUnknownKeysFetchesTheKeysAtMostOnceAMinute() {
    assertEquals(ACCEPTED, check(identity.activityToken(SERVICE_URL)));
    clock.advance(Duration.ofHours(1));
    String unknown = identity.token().signedByUnknownKey().sign();

    for (int i = 0; i < 50; i++) {
      assertEquals(refused("unknown signing key"), check(unknown));
    }
    assertEquals(2, identity.keyFetches());

    clock.advance(Duration.ofSeconds(59));
    assertEquals(refused("unknown signing key"), check(unknown));
    assertEquals(2, identity.keyFetches());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(refused("unknown signing key"), check(unknown));
    assertEquals(3, identity.keyFetches());
  }
}
