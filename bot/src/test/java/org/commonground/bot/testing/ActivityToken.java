package org.commonground.bot.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A token like the Bot Framework's on an activity, to be spoiled by a test before {@link #sign()}:
 * RS256 with a published key, issued by {@code https://api.botframework.com} for the app, naming a
 * service URL, valid from now for an hour.
 */
public final class ActivityToken {

  /** Where Teams activities in the Americas come from. */
  public static final String SERVICE_URL = "https://smba.trafficmanager.net/amer/";

  private static final Duration LIFETIME = Duration.ofHours(1);

  private final FakeIdentityProvider identity;
  private String audience;
  private String issuer = FakeIdentityProvider.BOT_FRAMEWORK;
  private String serviceUrl = SERVICE_URL;
  private Instant notBefore;
  private Instant expiresAt;
  private Algorithm algorithm = JWSAlgorithm.RS256;
  private boolean unknownKey;
  private boolean tampered;

  ActivityToken(FakeIdentityProvider identity, String appId, Instant now) {
    this.identity = identity;
    this.audience = appId;
    this.notBefore = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  public ActivityToken audience(String audience) {
    this.audience = audience;
    return this;
  }

  public ActivityToken issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  public ActivityToken serviceUrl(String serviceUrl) {
    this.serviceUrl = serviceUrl;
    return this;
  }

  public ActivityToken expiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  public ActivityToken notBefore(Instant notBefore) {
    this.notBefore = notBefore;
    return this;
  }

  /** Signed properly, but with a key the Bot Framework never published. */
  public ActivityToken signedByUnknownKey() {
    this.unknownKey = true;
    return this;
  }

  /**
   * Signed with another algorithm: an RSA one with the key, {@code HS256} and the like with the
   * public key as the HMAC secret (the classic algorithm-confusion forgery), or {@link
   * Algorithm#NONE} not signed at all.
   */
  public ActivityToken algorithm(Algorithm algorithm) {
    this.algorithm = algorithm;
    return this;
  }

  /** Signed, then its claims changed (it lasts a day longer), the signature left as it was. */
  public ActivityToken tampered() {
    this.tampered = true;
    return this;
  }

  public String sign() {
    String token = Algorithm.NONE.equals(algorithm) ? new PlainJWT(claims()).serialize() : signed();
    return tampered ? tamper(token) : token;
  }

  private JWTClaimsSet claims() {
    return new JWTClaimsSet.Builder()
        .claim("serviceurl", serviceUrl)
        .notBeforeTime(Date.from(notBefore))
        .expirationTime(Date.from(expiresAt))
        .issuer(issuer)
        .audience(audience)
        .build();
  }

  private String signed() {
    RSAKey key = unknownKey ? identity.neverPublishedKey() : identity.signingKey();
    JWSAlgorithm jws = (JWSAlgorithm) algorithm;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(jws).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
            claims());
    try {
      jwt.sign(signer(jws, key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static JWSSigner signer(JWSAlgorithm jws, RSAKey key) throws JOSEException {
    if (JWSAlgorithm.Family.RSA.contains(jws)) {
      return new RSASSASigner(key);
    }
    if (JWSAlgorithm.Family.HMAC_SHA.contains(jws)) {
      return new MACSigner(key.toRSAPublicKey().getEncoded());
    }
    throw new IllegalArgumentException("no signer for " + jws);
  }

  private static String tamper(String token) {
    String[] parts = token.split("\\.", -1);
    JsonObject claims =
        JsonParser.parseString(new Base64URL(parts[1]).decodeToString()).getAsJsonObject();
    claims.addProperty("exp", claims.get("exp").getAsLong() + Duration.ofDays(1).toSeconds());
    parts[1] = Base64URL.encode(claims.toString().getBytes(StandardCharsets.UTF_8)).toString();
    return String.join(".", parts);
  }
}
