package org.commonground.bot.console.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks an OpenID Connect ID token by the specification's rules, with the JWT library: signed
 * (RS256) by one of the issuer's published keys, issued by one of the expected issuers for this
 * client, in date, and carrying the nonce this sign-in sent. Entra's multi-tenant endpoints sign
 * for every tenant with the same keys, the issuer naming the person's tenant, so more than one
 * issuer can be expected.
 */
final class IdTokenCheck {

  private final JWKSource<SecurityContext> keys;
  private final Set<String> issuers;
  private final String otherIssuer;
  private final String clientId;
  private final Clock clock;

  /**
   * @param keysUrl the issuers' JSON Web Key Set
   * @param issuers the issuers whose tokens are taken, exactly as they write their name
   * @param otherIssuer what a person signed in by another issuer of the same keys is told
   */
  IdTokenCheck(URI keysUrl, Set<String> issuers, String otherIssuer, String clientId, Clock clock) {
    try {
      this.keys = JWKSourceBuilder.create(keysUrl.toURL()).retrying(true).build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a URL: " + keysUrl, e);
    }
    this.issuers = Set.copyOf(issuers);
    this.otherIssuer = otherIssuer;
    this.clientId = clientId;
    this.clock = clock;
  }

  /** The token's claims, once every rule holds. */
  JWTClaimsSet claims(String idToken, String nonce, Set<String> required) throws SignInRefusal {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    processor.setJWTClaimsSetVerifier(verifier(nonce, required));
    JWTClaimsSet claims;
    try {
      claims = processor.process(idToken, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw SignInRefusal.failed("the ID token was refused: " + e.getMessage());
    }
    // Checked once the signature holds, so the issuer is the platform's word, not a forger's.
    if (!issuers.contains(claims.getIssuer())) {
      throw new SignInRefusal(
          "an ID token from the issuer " + claims.getIssuer() + ", not one of " + issuers,
          otherIssuer);
    }
    return claims;
  }

  private DefaultJWTClaimsVerifier<SecurityContext> verifier(String nonce, Set<String> required) {
    JWTClaimsSet exact = new JWTClaimsSet.Builder().claim("nonce", nonce).build();
    Set<String> present = new HashSet<>(required);
    present.add("iss");
    return new DefaultJWTClaimsVerifier<>(clientId, exact, present) {
      // Expiry is judged by the app's clock, like everything else with a time in it.
      @Override
      protected Date currentTime() {
        return Date.from(clock.instant());
      }
    };
  }
}
