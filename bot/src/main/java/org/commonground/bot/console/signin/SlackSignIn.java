package org.commonground.bot.console.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.openid.connect.OpenIDConnectTokenResponse;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sign in with Slack, Slack's OpenID Connect: the browser is sent to Slack's authorize page with a
 * state and a nonce; Slack sends it back with a code, which {@code openid.connect.token} exchanges
 * for an ID token that names the person and their workspace, which must be the network's.
 */
public final class SlackSignIn implements SignInProvider {

  /** Slack's ID tokens carry the user and workspace under these claims. */
  static final String USER_CLAIM = "https://slack.com/user_id";

  static final String TEAM_CLAIM = "https://slack.com/team_id";
  static final String ISSUER = "https://slack.com";

  private final MethodsClient slack;
  private final URI slackWeb;
  private final String clientId;
  private final String clientSecret;
  private final URI redirectUri;
  private final Supplier<Optional<String>> workspace;
  private final IdTokenCheck tokens;

  /**
   * @param slack Slack's Web API, called without a token
   * @param slackWeb Slack's site, whose {@code openid/connect/} pages and keys sign-in uses
   * @param redirectUri where Slack sends the browser back, as registered with the Slack app
   * @param workspace the id of the Slack workspace the network runs in, once Slack has said
   */
  public SlackSignIn(
      MethodsClient slack,
      URI slackWeb,
      String clientId,
      String clientSecret,
      URI redirectUri,
      Supplier<Optional<String>> workspace,
      Clock clock) {
    this.slack = slack;
    this.slackWeb = slackWeb;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
    this.workspace = workspace;
    this.tokens =
        new IdTokenCheck(
            slackWeb.resolve("openid/connect/keys"),
            Set.of(ISSUER),
            SignInRefusal.TRY_AGAIN,
            clientId,
            clock);
  }

  @Override
  public String platform() {
    return "SLACK";
  }

  @Override
  public String slug() {
    return "slack";
  }

  @Override
  public String label() {
    return "Sign in with Slack";
  }

  /** Slack's page, which goes straight to the network's workspace once it's known. */
  @Override
  public URI authorizeUrl(String state, String nonce) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    // Only who they are: the console needs no email address or anything else.
    query.put("scope", "openid profile");
    query.put("client_id", clientId);
    query.put("state", state);
    query.put("nonce", nonce);
    query.put("redirect_uri", redirectUri.toString());
    workspace.get().ifPresent(id -> query.put("team", id));
    return slackWeb.resolve("openid/connect/authorize?" + QueryString.of(query));
  }

  @Override
  public Person finish(String code, String nonce) throws SignInRefusal, SignInUnavailable {
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
      throw SignInRefusal.failed("openid.connect.token answered " + response.getError());
    }
    JWTClaimsSet claims =
        tokens.claims(response.getIdToken(), nonce, Set.of("sub", "exp", "iat", TEAM_CLAIM));
    String user;
    String team;
    String name;
    try {
      user = Optional.ofNullable(claims.getStringClaim(USER_CLAIM)).orElse(claims.getSubject());
      team = claims.getStringClaim(TEAM_CLAIM);
      name = Optional.ofNullable(claims.getStringClaim("name")).orElse(user);
    } catch (ParseException e) {
      throw SignInRefusal.failed("claims of the wrong type: " + e.getMessage());
    }
    Optional<String> ours = workspace.get();
    if (ours.isPresent() && !ours.get().equals(team)) {
      throw new SignInRefusal(
          "signed in to workspace " + team + ", not " + ours.get(),
          "You signed in to a different Slack workspace from this network's. Start again, and"
              + " pick the network's workspace on Slack's page.");
    }
    return new Person(user, name);
  }
}
