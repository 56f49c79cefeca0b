package org.commonground.bot.teams.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The Bot Framework's rules for the claims of a token whose signature has been checked: issuer,
 * audience, dates and service URL. Dates are read against the injected clock, not the system's.
 */
final class ActivityClaims {

  static final String ISSUER = "https://api.botframework.com";

  /** The Bot Framework allows five minutes between its clock and ours. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final String appId;
  private final Clock clock;

  ActivityClaims(String appId, Clock clock) {
    this.appId = appId;
    this.clock = clock;
  }

  /** What is wrong with the token's claims, if anything. */
  Optional<String> problem(SignedJWT jwt, String activityServiceUrl) {
    try {
      return problem(jwt.getJWTClaimsSet(), activityServiceUrl);
    } catch (ParseException e) {
      return Optional.of("malformed claims");
    }
  }

  private Optional<String> problem(JWTClaimsSet claims, String activityServiceUrl)
      throws ParseException {
    if (!ISSUER.equals(claims.getIssuer())) {
      return Optional.of("wrong issuer");
    }
    if (!claims.getAudience().contains(appId)) {
      return Optional.of("wrong audience");
    }
    Optional<String> dates = datesProblem(claims.getExpirationTime(), claims.getNotBeforeTime());
    if (dates.isPresent()) {
      return dates;
    }
    if (!sameServiceUrl(claims.getStringClaim("serviceurl"), activityServiceUrl)) {
      return Optional.of("wrong serviceurl");
    }
    return Optional.empty();
  }

  private Optional<String> datesProblem(Date expires, Date notBefore) {
    Instant now = clock.instant();
    if (expires == null) {
      return Optional.of("no expiry");
    }
    if (now.isAfter(expires.toInstant().plus(CLOCK_SKEW))) {
      return Optional.of("expired");
    }
    if (notBefore != null && now.isBefore(notBefore.toInstant().minus(CLOCK_SKEW))) {
      return Optional.of("not yet valid");
    }
    return Optional.empty();
  }

  private static boolean sameServiceUrl(String claimed, String activity) {
    return claimed != null
        && activity != null
        && withoutSlash(claimed).equals(withoutSlash(activity));
  }

  /** The Bot Framework writes service URLs with and without a trailing slash. */
  private static String withoutSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
