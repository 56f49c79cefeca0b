package org.commonground.bot.testing;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the two identity services a Teams bot meets, on 127.0.0.1: the Bot
 * Framework's OpenID metadata and signing keys (for the tokens on incoming activities, which tests
 * make with {@link #activityToken} and {@link #token()}), and Entra's token endpoint (for the bot's
 * own client-credentials token, refused with Entra's errors when a parameter is wrong).
 */
public final class FakeIdentityProvider implements AutoCloseable {

  static final String BOT_FRAMEWORK = "https://api.botframework.com";
  static final String CONNECTOR_SCOPE = BOT_FRAMEWORK + "/.default";
  private static final String METADATA_PATH = "/v1/.well-known/openidconfiguration";
  private static final String KEYS_PATH = "/v1/.well-known/keys";
  private static final Pattern TOKEN_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
  private static final Pattern AUTHORIZE_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/authorize");
  private static final Pattern TENANT_KEYS_PATH = Pattern.compile("/([^/]+)/discovery/v2\\.0/keys");
  private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3599);
  private static final Gson GSON = new Gson();

  static {
    // Without it the JDK's server may hold a response's body back 40 ms for the client's ack.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final String appId;
  private final String appPassword;
  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<RSAKey> published = new CopyOnWriteArrayList<>();
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();
  private final AtomicInteger keyFetches = new AtomicInteger();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile RSAKey signingKey;
  private final FakeEntraSignIn signIn;

  /** For the app {@code appId} with the client secret {@code appPassword}, on the system clock. */
  public FakeIdentityProvider(String appId, String appPassword) {
    this(appId, appPassword, Clock.systemUTC());
  }

  /** As above, issuing and judging tokens by {@code clock}. */
  public FakeIdentityProvider(String appId, String appPassword, Clock clock) {
    this.appId = appId;
    this.appPassword = appPassword;
    this.clock = clock;
    this.signIn = new FakeEntraSignIn(appId, appPassword, clock, this::signed);
    rotateKey();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** People signing in with Microsoft, as the console's admins do. */
  public FakeEntraSignIn signIn() {
    return signIn;
  }

  public String metadataUrl() {
    return baseUrl() + METADATA_PATH;
  }

  /** Entra's token endpoint for {@code tenantId}. */
  public String tokenUrl(String tenantId) {
    return baseUrl() + "/" + tenantId + "/oauth2/v2.0/token";
  }

  /** A page that isn't there, for a test of what happens when the keys can't be had. */
  public String missingUrl() {
    return baseUrl() + "/v1/.well-known/nothing-here";
  }

  /** How many times the signing keys were fetched. */
  public int keyFetches() {
    return keyFetches.get();
  }

  /** How many token requests reached Entra's endpoint, granted or not. */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Whether {@code bearer} (with or without "Bearer ") is a token this issued, still in date. */
  public boolean issuedThis(String bearer) {
    String token = bearer.startsWith("Bearer ") ? bearer.substring("Bearer ".length()) : bearer;
    Instant expires = issued.get(token);
    return expires != null && clock.instant().isBefore(expires);
  }

  /**
   * Publishes a new signing key beside the old ones, as the Bot Framework does when it rotates;
   * tokens are signed with it from now on.
   */
  public synchronized void rotateKey() {
    RSAKey key = SigningKeyPool.key(published.size());
    published.add(key);
    signingKey = key;
  }

  /** A token as the Bot Framework sends with an activity from {@code serviceUrl}. */
  public String activityToken(String serviceUrl) {
    return token().serviceUrl(serviceUrl).sign();
  }

  /** A token like {@link #activityToken}'s, to spoil one way or another before signing it. */
  public ActivityToken token() {
    return new ActivityToken(this, appId, clock.instant());
  }

  RSAKey signingKey() {
    return signingKey;
  }

  /** A key the Bot Framework never published. */
  RSAKey neverPublishedKey() {
    return SigningKeyPool.neverPublished();
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher token = TOKEN_PATH.matcher(path);
    if (token.matches()) {
      tokenRequests.incrementAndGet();
      EntraTokenRequest request = EntraTokenRequest.read(exchange, token.group(1));
      if ("authorization_code".equals(request.form().get("grant_type"))) {
        reply(
            exchange,
            signIn.refusal(request.form()).orElseGet(() -> signIn.redeem(request.form())));
        return;
      }
      reply(exchange, request.refusal(appId, appPassword).orElseGet(() -> issue(request)));
    } else if (!exchange.getRequestMethod().equals("GET")) {
      reply(exchange, new Answer(405, "{\"error\":\"method not allowed\"}"));
    } else if (path.equals(METADATA_PATH)) {
      reply(exchange, new Answer(200, metadata()));
    } else if (AUTHORIZE_PATH.matcher(path).matches()) {
      Matcher authorize = AUTHORIZE_PATH.matcher(path);
      authorize.matches();
      signIn.authorize(exchange, authorize.group(1));
    } else if (path.equals(KEYS_PATH) || TENANT_KEYS_PATH.matcher(path).matches()) {
      keyFetches.incrementAndGet();
      reply(exchange, new Answer(200, keys()));
    } else {
      reply(exchange, new Answer(404, "{\"error\":\"not found\"}"));
    }
  }

  private String metadata() {
    JsonObject metadata = new JsonObject();
    metadata.addProperty("issuer", BOT_FRAMEWORK);
    metadata.addProperty("jwks_uri", baseUrl() + KEYS_PATH);
    metadata.add("id_token_signing_alg_values_supported", array("RS256"));
    metadata.add("token_endpoint_auth_methods_supported", array("private_key_jwt"));
    return metadata.toString();
  }

  /** The public keys, each endorsed for Teams as the Bot Framework's are. */
  private String keys() {
    JsonArray keys = new JsonArray();
    for (RSAKey key : published) {
      JsonObject json = GSON.toJsonTree(key.toPublicJWK().toJSONObject()).getAsJsonObject();
      json.add("endorsements", array("msteams"));
      keys.add(json);
    }
    JsonObject set = new JsonObject();
    set.add("keys", keys);
    return set.toString();
  }

  /** Entra's answer to a good request: a signed token for the Bot Connector. */
  private Answer issue(EntraTokenRequest request) {
    Instant now = clock.instant();
    Instant expires = now.plus(TOKEN_LIFETIME);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .audience(BOT_FRAMEWORK)
            .issuer("https://sts.windows.net/" + request.tenant() + "/")
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .claim("appid", appId)
            .claim("tid", request.tenant())
            .jwtID(UUID.randomUUID().toString())
            .build();
    String token = signed(claims);
    issued.put(token, expires);
    JsonObject answer = new JsonObject();
    answer.addProperty("token_type", "Bearer");
    answer.addProperty("expires_in", TOKEN_LIFETIME.toSeconds());
    answer.addProperty("ext_expires_in", TOKEN_LIFETIME.toSeconds());
    answer.addProperty("access_token", token);
    return new Answer(200, answer.toString());
  }

  private String signed(JWTClaimsSet claims) {
    RSAKey key = signingKey;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static JsonArray array(String value) {
    JsonArray array = new JsonArray();
    array.add(value);
    return array;
  }

  /** A status and a JSON body. */
  record Answer(int status, String body) {}

  private static void reply(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
