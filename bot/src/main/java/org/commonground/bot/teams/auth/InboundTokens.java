package org.commonground.bot.teams.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks the {@code Authorization} header the Bot Framework sends with each activity, by the Bot
 * Framework's rules: an RS256 JWT signed with one of its published keys, issued by {@code
 * https://api.botframework.com} for this bot, in date, and naming the activity's service URL. Safe
 * to share between threads.
 */
public final class InboundTokens {

  private static final String BEARER = "Bearer ";

  /**
   * Whether an activity may be handled; a refusal's reason is for the logs, never for the caller.
   */
  public sealed interface Verdict {

    /** The token is the Bot Framework's, for this bot and this activity. */
    record Accepted() implements Verdict {}

    /** The token is missing or fails a rule; {@code reason} says which, e.g. "expired". */
    record Refused(String reason) implements Verdict {}
  }

  private final SigningKeys keys;
  private final ActivityClaims claims;

  /**
   * @param openIdMetadataUrl the Bot Framework's OpenID metadata document, which names its keys
   * @param appId the bot's Microsoft App ID, the audience every token must name
   */
  public InboundTokens(URI openIdMetadataUrl, String appId, Clock clock, HttpClient http) {
    this.keys = new SigningKeys(openIdMetadataUrl, clock, http);
    this.claims = new ActivityClaims(appId, clock);
  }

  /**
   * Checks {@code authorizationHeader} for an activity that came from {@code activityServiceUrl}.
   */
  public Verdict check(String authorizationHeader, String activityServiceUrl) {
    if (authorizationHeader == null
        || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return new Verdict.Refused("no bearer token");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(authorizationHeader.substring(BEARER.length()).trim());
    } catch (ParseException e) {
      return new Verdict.Refused("malformed token");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      return new Verdict.Refused("not a signed token");
    }
    return checkSigned(signed, activityServiceUrl);
  }

  private Verdict checkSigned(SignedJWT jwt, String activityServiceUrl) {
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!JWSAlgorithm.RS256.equals(algorithm)) {
      return new Verdict.Refused("algorithm " + algorithm + " not allowed");
    }
    String keyId = jwt.getHeader().getKeyID();
    if (keyId == null) {
      return new Verdict.Refused("no key id");
    }
    Optional<RSAKey> key;
    try {
      key = keys.find(keyId);
    } catch (IOException e) {
      return new Verdict.Refused("keys unavailable");
    }
    if (key.isEmpty()) {
      return new Verdict.Refused("unknown signing key");
    }
    if (!signedWith(jwt, key.get())) {
      return new Verdict.Refused("bad signature");
    }
    return claims
        .problem(jwt, activityServiceUrl)
        .<Verdict>map(Verdict.Refused::new)
        .orElseGet(Verdict.Accepted::new);
  }

  private static boolean signedWith(SignedJWT jwt, RSAKey key) {
    try {
      return jwt.verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      return false;
    }
  }
}
