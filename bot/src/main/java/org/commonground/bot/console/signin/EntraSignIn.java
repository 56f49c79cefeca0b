package org.commonground.bot.console.signin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign in with Microsoft, for a network in Teams: Entra ID's OpenID Connect with the authorization
 * code flow, through the Teams bot's own app registration. The ID token names the person by their
 * Entra object id, the id the admin list holds, and their tenant, which must be the network's.
 *
 * <p>With the home tenant alone, sign-in goes through that tenant's endpoints, which work for a
 * single-tenant registration too. With other tenants allowed it goes through Entra's {@code
 * organizations} endpoints, which take a work account of any tenant (the registration must then be
 * multi-tenant, as a bot used in other tenants' Teams already is); the tenant is then checked
 * against the network's list.
 */
public final class EntraSignIn implements SignInProvider {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Told to someone Entra signed in, in a tenant outside the network. */
  static final String OTHER_TENANT =
      "You signed in with an account of an organisation that isn't part of this network. Sign in"
          + " with the account your organisation gave you for it, or ask whoever runs Common"
          + " Ground for your network.";

  private final URI authorizeUrl;
  private final URI tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final URI redirectUri;
  private final HttpClient http;
  private final IdTokenCheck tokens;

  /**
   * @param homeTokenUrl the home tenant's token endpoint, {@code …/{tenant}/oauth2/v2.0/token},
   *     whose authorize page and signing keys sit beside it
   * @param tenants the home tenant and any others allowed, one of which every ID token must name
   * @param redirectUri where Entra sends the browser back, as registered with the app
   */
  public EntraSignIn(
      URI homeTokenUrl,
      Set<String> tenants,
      String clientId,
      String clientSecret,
      URI redirectUri,
      HttpClient http,
      Clock clock) {
    this.tokenUrl =
        tenants.size() == 1
            ? homeTokenUrl
            : homeTokenUrl.resolve("../../../organizations/oauth2/v2.0/token");
    this.authorizeUrl = tokenUrl.resolve("authorize");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
    this.http = http;
    this.tokens =
        new IdTokenCheck(
            this.tokenUrl.resolve("../../discovery/v2.0/keys"),
            tenants.stream()
                .map(tenant -> "https://login.microsoftonline.com/" + tenant + "/v2.0")
                .collect(Collectors.toSet()),
            OTHER_TENANT,
            clientId,
            clock);
  }

  @Override
  public String platform() {
    return "TEAMS";
  }

  @Override
  public String slug() {
    return "microsoft";
  }

  @Override
  public String label() {
    return "Sign in with Microsoft";
  }

  @Override
  public URI authorizeUrl(String state, String nonce) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", clientId);
    query.put("response_type", "code");
    query.put("redirect_uri", redirectUri.toString());
    query.put("response_mode", "query");
    query.put("scope", "openid profile");
    query.put("state", state);
    query.put("nonce", nonce);
    return URI.create(authorizeUrl + "?" + QueryString.of(query));
  }

  @Override
  public Person finish(String code, String nonce) throws SignInRefusal, SignInUnavailable {
    JsonObject answer = redeem(code);
    JsonElement idToken = answer.get("id_token");
    if (idToken == null || !idToken.isJsonPrimitive()) {
      throw SignInRefusal.failed("Entra answered without an ID token: " + error(answer));
    }
    JWTClaimsSet claims =
        tokens.claims(idToken.getAsString(), nonce, Set.of("oid", "tid", "exp", "iat"));
    try {
      String user = claims.getStringClaim("oid");
      return new Person(user, Optional.ofNullable(claims.getStringClaim("name")).orElse(user));
    } catch (ParseException e) {
      throw SignInRefusal.failed("claims of the wrong type: " + e.getMessage());
    }
  }

  private JsonObject redeem(String code) throws SignInUnavailable, SignInRefusal {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri.toString());
    form.put("scope", "openid profile");
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(tokenUrl)
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(QueryString.of(form)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SignInUnavailable("Entra's token endpoint failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInUnavailable("interrupted redeeming a sign-in code", e);
    }
    if (response.statusCode() >= 500) {
      throw new SignInUnavailable("Entra answered " + response.statusCode(), null);
    }
    try {
      return JsonParser.parseString(response.body()).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw SignInRefusal.failed("Entra's answer isn't JSON (" + response.statusCode() + ")");
    }
  }

  private static String error(JsonObject answer) {
    JsonElement description = answer.get("error_description");
    return description == null ? answer.toString() : description.getAsString();
  }
}
