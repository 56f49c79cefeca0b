package org.commonground.bot.testing;

import com.google.gson.JsonObject;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.commonground.bot.testing.blockkit.SlackRefusal;

/**
 * Sign in with Slack, as Slack's OpenID Connect does it: the authorize page (which, instead of
 * asking a person, signs in whoever the test named), the signing keys, and {@code
 * openid.connect.token}, which refuses with Slack's errors a wrong client id or secret, a code that
 * is unknown, used or old, and a redirect URI other than the one the code was issued for.
 */
public final class FakeSlackSignIn {

  public static final String CLIENT_ID = "1234567890.0987654321";
  public static final String CLIENT_SECRET = "3f1e2d0c9b8a77665544332211000fed";
  public static final String TEAM_ID = "T1234567";
  static final String AUTHORIZE_PATH = "/openid/connect/authorize";
  static final String KEYS_PATH = "/openid/connect/keys";

  /** Slack's codes are good for ten minutes. */
  private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(5);

  /** Who the authorize page signs in. */
  public record Person(String userId, String teamId, String name) {}

  private record Issued(String redirectUri, String nonce, Person person, Instant at) {}

  private final RSAKey key = SigningKeyPool.key(0);
  private final Map<String, Issued> codes = new ConcurrentHashMap<>();
  private volatile Person signingIn;
  private volatile Clock clock = Clock.systemUTC();
  private volatile UnaryOperator<JWTClaimsSet.Builder> tamper = UnaryOperator.identity();
  private volatile RSAKey signingKey = key;

  /** The next visit to the authorize page signs {@code person} in. */
  public void signInAs(String userId, String name) {
    signingIn = new Person(userId, TEAM_ID, name);
  }

  /** The next visit signs in someone from another workspace. */
  public void signInFromAnotherWorkspace(String userId, String name) {
    signingIn = new Person(userId, "T9999999", name);
  }

  /** Issues tokens by the app's clock, as if the two agreed on the time. */
  public void clock(Clock clock) {
    this.clock = clock;
  }

  /** Changes the claims of every ID token issued from now on, for tests of a bad token. */
  public void tamperWithIdTokens(UnaryOperator<JWTClaimsSet.Builder> change) {
    this.tamper = change;
  }

  /** Signs ID tokens from now on with a key Slack never published. */
  public void signWithUnpublishedKey() {
    this.signingKey = SigningKeyPool.neverPublished();
  }

  /** Slack's authorize page: back to the app with a code, or Slack's error page. */
  void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = SignInPages.query(exchange.getRequestURI().getRawQuery());
    Person person = signingIn;
    if (!CLIENT_ID.equals(query.get("client_id"))
        || !"code".equals(query.get("response_type"))
        || query.get("redirect_uri") == null
        || !query.getOrDefault("scope", "").contains("openid")) {
      SignInPages.page(exchange, "Slack", "Oops! Something went wrong: invalid_request");
      return;
    }
    URI back = URI.create(query.get("redirect_uri"));
    String state = URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
    if (person == null) {
      SignInPages.redirect(exchange, back + "?error=access_denied&state=" + state);
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(
        code, new Issued(query.get("redirect_uri"), query.get("nonce"), person, clock.instant()));
    SignInPages.redirect(exchange, back + "?code=" + code + "&state=" + state);
  }

  void keys(HttpExchange exchange) throws IOException {
    byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** {@code openid.connect.token}'s answer, or the refusal Slack gives. */
  Optional<SlackRefusal> refusal(SlackCall call) {
    String[] client = client(call);
    if (!CLIENT_ID.equals(client[0])) {
      return Optional.of(SlackRefusal.of("invalid_client_id"));
    }
    if (!CLIENT_SECRET.equals(client[1])) {
      return Optional.of(SlackRefusal.of("bad_client_secret"));
    }
    Issued issued = codes.get(String.valueOf(call.param("code")));
    if (issued == null || issued.at().plus(CODE_LIFETIME).isBefore(clock.instant())) {
      return Optional.of(SlackRefusal.of("invalid_code"));
    }
    if (!issued.redirectUri().equals(call.param("redirect_uri"))) {
      return Optional.of(SlackRefusal.of("bad_redirect_uri"));
    }
    return Optional.empty();
  }

  /**
   * The client's id and secret: Slack takes them as form fields or, as Slack's SDK sends them, in
   * HTTP Basic authentication.
   */
  private static String[] client(SlackCall call) {
    String header = call.authorization();
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon > 0) {
        return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
      }
    }
    return new String[] {call.param("client_id"), call.param("client_secret")};
  }

  /** The token for a code {@link #refusal} passed; the code is used up. */
  String token(SlackCall call) {
    Issued issued = codes.remove(call.param("code"));
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    answer.addProperty("access_token", "xoxp-0000-signed-in");
    answer.addProperty("token_type", "Bearer");
    answer.addProperty("id_token", idToken(issued));
    return answer.toString();
  }

  private String idToken(Issued issued) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer("https://slack.com")
            .subject(issued.person().userId())
            .audience(CLIENT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ID_TOKEN_LIFETIME)))
            .claim("auth_time", now.getEpochSecond())
            .claim("nonce", issued.nonce())
            .claim("https://slack.com/user_id", issued.person().userId())
            .claim("https://slack.com/team_id", issued.person().teamId())
            .claim("name", issued.person().name())
            .claim("locale", "en-GB");
    RSAKey signer = signingKey;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
            tamper.apply(claims).build());
    try {
      jwt.sign(new RSASSASigner(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
