package org.commonground.bot.testing;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Entra ID's sign-in for people, as its OpenID Connect authorization code flow does it: the
 * authorize page (which signs in whoever the test named instead of asking), and the token
 * endpoint's {@code authorization_code} grant, refusing a wrong client, secret, code or redirect
 * URI with Entra's errors and AADSTS codes.
 */
public final class FakeEntraSignIn {

  /** Entra's authorization codes last a few minutes; ten here, as Entra documents at most. */
  private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private static final Duration ID_TOKEN_LIFETIME = Duration.ofHours(1);

  /** Who the authorize page signs in: an Entra object id, a name and a tenant. */
  public record Person(String objectId, String name, String tenant) {}

  private record Issued(String redirectUri, String nonce, Person person, Instant at) {}

  private final String appId;
  private final String appPassword;
  private final Clock clock;
  private final Function<JWTClaimsSet, String> signer;
  private final Map<String, Issued> codes = new ConcurrentHashMap<>();
  private volatile Person signingIn;
  private volatile UnaryOperator<JWTClaimsSet.Builder> tamper = UnaryOperator.identity();

  FakeEntraSignIn(
      String appId, String appPassword, Clock clock, Function<JWTClaimsSet, String> signer) {
    this.appId = appId;
    this.appPassword = appPassword;
    this.clock = clock;
    this.signer = signer;
  }

  /** The next visit to the authorize page signs in {@code objectId} of {@code tenant}. */
  public void signInAs(String objectId, String name, String tenant) {
    signingIn = new Person(objectId, name, tenant);
  }

  /** Changes the claims of every ID token issued from now on. */
  public void tamperWithIdTokens(UnaryOperator<JWTClaimsSet.Builder> change) {
    tamper = change;
  }

  void authorize(HttpExchange exchange, String tenant) throws IOException {
    Map<String, String> query = SignInPages.query(exchange.getRequestURI().getRawQuery());
    if (!appId.equals(query.get("client_id"))) {
      SignInPages.page(
          exchange,
          "Sign in to your account",
          "AADSTS700016: Application with identifier '"
              + query.get("client_id")
              + "' was not found in the directory '"
              + tenant
              + "'.");
      return;
    }
    if (!"code".equals(query.get("response_type"))
        || query.get("redirect_uri") == null
        || !query.getOrDefault("scope", "").contains("openid")) {
      SignInPages.page(
          exchange,
          "Sign in to your account",
          "AADSTS900144: The request body must contain the required parameters.");
      return;
    }
    String back = query.get("redirect_uri");
    String state = URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
    Person person = signingIn;
    if (person == null) {
      SignInPages.redirect(exchange, back + "?error=access_denied&state=" + state);
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Issued(back, query.get("nonce"), person, clock.instant()));
    SignInPages.redirect(exchange, back + "?code=" + code + "&state=" + state);
  }

  /** Entra's refusal of an {@code authorization_code} grant, if it would refuse it. */
  Optional<FakeIdentityProvider.Answer> refusal(Map<String, String> form) {
    if (!appId.equals(form.get("client_id"))) {
      return refuse(400, "unauthorized_client", 700016, "Application not found in the directory.");
    }
    if (!appPassword.equals(form.get("client_secret"))) {
      return refuse(401, "invalid_client", 7000215, "Invalid client secret provided.");
    }
    Issued issued = codes.get(String.valueOf(form.get("code")));
    if (issued == null || issued.at().plus(CODE_LIFETIME).isBefore(clock.instant())) {
      return refuse(
          400,
          "invalid_grant",
          70008,
          "The provided authorization code or refresh token has" + " expired due to inactivity.");
    }
    if (!issued.redirectUri().equals(form.get("redirect_uri"))) {
      return refuse(
          400,
          "invalid_grant",
          50148,
          "The redirect_uri doesn't match the one the code was" + " issued for.");
    }
    return Optional.empty();
  }

  /** The tokens for a code {@link #refusal} passed; the code is used up. */
  FakeIdentityProvider.Answer redeem(Map<String, String> form) {
    Issued issued = codes.remove(form.get("code"));
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer("https://login.microsoftonline.com/" + issued.person().tenant() + "/v2.0")
            .subject(UUID.randomUUID().toString())
            .audience(appId)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ID_TOKEN_LIFETIME)))
            .claim("nonce", issued.nonce())
            .claim("oid", issued.person().objectId())
            .claim("tid", issued.person().tenant())
            .claim("name", issued.person().name())
            .claim("preferred_username", "someone@example.org")
            .claim("ver", "2.0");
    com.google.gson.JsonObject answer = new com.google.gson.JsonObject();
    answer.addProperty("token_type", "Bearer");
    answer.addProperty("scope", "openid profile");
    answer.addProperty("expires_in", 3599);
    answer.addProperty("access_token", "eyJ0eXAi.fake-graph-token");
    answer.addProperty("id_token", signer.apply(tamper.apply(claims).build()));
    return new FakeIdentityProvider.Answer(200, answer.toString());
  }

  private static Optional<FakeIdentityProvider.Answer> refuse(
      int status, String error, int code, String description) {
    com.google.gson.JsonObject body = new com.google.gson.JsonObject();
    body.addProperty("error", error);
    body.addProperty("error_description", "AADSTS" + code + ": " + description);
    body.add("error_codes", new com.google.gson.JsonArray());
    body.getAsJsonArray("error_codes").add(code);
    return Optional.of(new FakeIdentityProvider.Answer(status, body.toString()));
  }
}
