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
import java.util.Set;

/**
 * Checks an OpenID Connect ID token by the specification's rules, with the JWT library: signed
 * (RS256) by one of the issuer's published keys, issued by the expected issuer for this client, in
 * date, and carrying the nonce this sign-in sent.
 */
final class IdTokenCheck {

  private final JWKSource<SecurityContext> keys;
  private final String issuer;
  private final String clientId;
  private final Clock clock;

  /**
   * @param keysUrl the issuer's JSON Web Key Set
   */
  IdTokenCheck(URI keysUrl, String issuer, String clientId, Clock clock) {
    try {
      this.keys = JWKSourceBuilder.create(keysUrl.toURL()).retrying(true).build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a URL: " + keysUrl, e);
    }
    this.issuer = issuer;
    this.clientId = clientId;
    this.clock = clock;
  }

  /** The token's claims, once every rule holds. */
  JWTClaimsSet claims(String idToken, String nonce, Set<String> required) throws SignInRefusal {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    processor.setJWTClaimsSetVerifier(verifier(nonce, required));
    try {
      return processor.process(idToken, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw SignInRefusal.failed("the ID token was refused: " + e.getMessage());
    }
  }

  private DefaultJWTClaimsVerifier<SecurityContext> verifier(String nonce, Set<String> required) {
    JWTClaimsSet exact = new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build();
    return new DefaultJWTClaimsVerifier<>(clientId, exact, required) {
      // Expiry is judged by the app's clock, like everything else with a time in it.
      @Override
      protected Date currentTime() {
        return Date.from(clock.instant());
      }
    };
  }
}
