package org.commonground.bot.teams.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys the Bot Framework signs with, read from the {@code jwks_uri} its OpenID metadata names
 * and kept. They are fetched again when a token names a key not among them, or when they are a day
 * old, but never more than once a minute: a flood of tokens naming made-up keys must not become a
 * flood of fetches.
 */
final class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  static final Duration FETCH_INTERVAL = Duration.ofMinutes(1);

  /** Keys are rotated with notice; a day-old copy is refreshed so retired keys stop counting. */
  static final Duration MAX_AGE = Duration.ofDays(1);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI metadataUrl;
  private final Clock clock;
  private final HttpClient http;
  private JWKSet keys;
  private Instant fetchedAt;
  private Instant triedAt;

  SigningKeys(URI metadataUrl, Clock clock, HttpClient http) {
    this.metadataUrl = metadataUrl;
    this.clock = clock;
    this.http = http;
  }

  /**
   * The RSA key named {@code keyId}, or empty if the Bot Framework doesn't publish it.
   *
   * @throws IOException if no keys could be fetched to look in
   */
  synchronized Optional<RSAKey> find(String keyId) throws IOException {
    Instant now = clock.instant();
    if (needsFetch(keyId, now) && mayFetch(now)) {
      try {
        fetch(now);
      } catch (IOException e) {
        if (rsaKey(keyId).isEmpty()) {
          throw e;
        }
        log.warn("Kept the Bot Framework's signing keys: refreshing them failed: {}", e.toString());
      }
    }
    if (keys == null) {
      throw new IOException("no signing keys fetched yet from " + metadataUrl);
    }
    return rsaKey(keyId);
  }

  private boolean needsFetch(String keyId, Instant now) {
    return keys == null || !now.isBefore(fetchedAt.plus(MAX_AGE)) || rsaKey(keyId).isEmpty();
  }

  private boolean mayFetch(Instant now) {
    return triedAt == null || !now.isBefore(triedAt.plus(FETCH_INTERVAL));
  }

  private Optional<RSAKey> rsaKey(String keyId) {
    JWK key = keys == null ? null : keys.getKeyByKeyId(keyId);
    return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
  }

  private void fetch(Instant now) throws IOException {
    triedAt = now;
    URI jwksUri = jwksUri(get(metadataUrl));
    try {
      keys = JWKSet.parse(get(jwksUri));
    } catch (ParseException e) {
      throw new IOException("not a JWK set at " + jwksUri, e);
    }
    fetchedAt = now;
  }

  private URI jwksUri(String metadata) throws IOException {
    try {
      JsonElement uri = JsonParser.parseString(metadata).getAsJsonObject().get("jwks_uri");
      if (uri == null || !uri.isJsonPrimitive()) {
        throw new IOException("no jwks_uri in " + metadataUrl);
      }
      return URI.create(uri.getAsString());
    } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
      throw new IOException("unreadable OpenID metadata at " + metadataUrl, e);
    }
  }

  private String get(URI uri) throws IOException {
    HttpResponse<String> response;
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot fetch " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted fetching " + uri);
    }
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    return response.body();
  }
}
