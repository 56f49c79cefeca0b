package org.commonground.bot.console.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.openid.connect.OpenIDConnectTokenResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign in with Slack, Slack's OpenID Connect: the browser is sent to Slack's authorize page with a
 * state and a nonce; Slack sends it back with a code, which {@code openid.connect.token} exchanges
 * for an ID token that names the person and their workspace.
 */
public final class SlackSignIn {

  /** Slack's ID tokens carry the user and workspace under these claims. */
  static final String USER_CLAIM = "https://slack.com/user_id";

  static final String TEAM_CLAIM = "https://slack.com/team_id";
  static final String ISSUER = "https://slack.com";

  /** A person Slack vouched for. */
  public record Person(String userId, String teamId, String name) {}

  private final MethodsClient slack;
  private final URI slackWeb;
  private final String clientId;
  private final String clientSecret;
  private final URI redirectUri;
  private final IdTokenCheck tokens;

  /**
   * @param slack Slack's Web API, called without a token
   * @param slackWeb Slack's site, whose {@code openid/connect/} pages and keys sign-in uses
   * @param redirectUri where Slack sends the browser back, as registered with the Slack app
   */
  public SlackSignIn(
      MethodsClient slack,
      URI slackWeb,
      String clientId,
      String clientSecret,
      URI redirectUri,
      Clock clock) {
    this.slack = slack;
    this.slackWeb = slackWeb;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
    this.tokens =
        new IdTokenCheck(slackWeb.resolve("openid/connect/keys"), ISSUER, clientId, clock);
  }

  /**
   * Slack's page that asks the person to sign in; {@code team} takes them straight to the network's
   * workspace when it's known.
   */
  public URI authorizeUrl(String state, String nonce, Optional<String> team) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    // Only who they are: the console needs no email address or anything else.
    query.put("scope", "openid profile");
    query.put("client_id", clientId);
    query.put("state", state);
    query.put("nonce", nonce);
    query.put("redirect_uri", redirectUri.toString());
    team.ifPresent(id -> query.put("team", id));
    return slackWeb.resolve("openid/connect/authorize?" + encoded(query));
  }

  /** Who Slack says signed in, once their code is exchanged and the ID token checked. */
  Person finish(String code, String nonce) throws IdTokenCheck.Refused, SignInUnavailable {
    OpenIDConnectTokenResponse response;
    try {
      response =
          slack.openIDConnectToken(
              request ->
                  request
                      .clientId(clientId)
                      .clientSecret(clientSecret)
                      .code(code)
                      .redirectUri(redirectUri.toString()));
    } catch (IOException | SlackApiException e) {
      throw new SignInUnavailable("openid.connect.token failed: " + e.getMessage(), e);
    }
    if (!response.isOk()) {
      throw new IdTokenCheck.Refused("openid.connect.token answered " + response.getError(), null);
    }
    JWTClaimsSet claims =
        tokens.claims(response.getIdToken(), nonce, Set.of("sub", "exp", "iat", TEAM_CLAIM));
    try {
      String user =
          Optional.ofNullable(claims.getStringClaim(USER_CLAIM)).orElse(claims.getSubject());
      String name = Optional.ofNullable(claims.getStringClaim("name")).orElse(user);
      return new Person(user, claims.getStringClaim(TEAM_CLAIM), name);
    } catch (ParseException e) {
      throw new IdTokenCheck.Refused("claims of the wrong type: " + e.getMessage(), e);
    }
  }

  private static String encoded(Map<String, String> query) {
    return query.entrySet().stream()
        .map(
            entry ->
                URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
