package org.commonground.bot.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * RSA 2048 signing keys for the fake identity provider, each made once per test JVM: making one
 * takes about half a second, too long to spend in every test. Each fake starts at the first key and
 * moves on one at each rotation, so its keys are its own among the keys it publishes.
 */
final class SigningKeyPool {

  private static final List<RSAKey> keys = new ArrayList<>();
  private static RSAKey neverPublished;

  private SigningKeyPool() {}

  /** The {@code n}th key, counting from 0. */
  static synchronized RSAKey key(int n) {
    while (keys.size() <= n) {
      keys.add(newKey());
    }
    return keys.get(n);
  }

  /** A key no fake ever publishes. */
  static synchronized RSAKey neverPublished() {
    if (neverPublished == null) {
      neverPublished = newKey();
    }
    return neverPublished;
  }

  private static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
