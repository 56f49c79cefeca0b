package org.commonground.bot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature more strictly than Bolt's own verifier, which it replaces: a
 * timestamp more than five minutes away in either direction is refused (Bolt only refuses old
 * ones), the signature is compared in constant time (Bolt uses {@code String.equals}), and the body
 * is signed as UTF-8 whatever the platform's default charset.
 */
final class SignatureVerifier extends SlackSignature.Verifier {

  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  SignatureVerifier(String signingSecret) {
    super(new SlackSignature.Generator(signingSecret));
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  @Override
  public boolean isValid(String timestamp, String body, String signature, long nowInMillis) {
    if (timestamp == null
        || body == null
        || signature == null
        || !withinWindow(timestamp, nowInMillis)) {
      return false;
    }
    byte[] expected = expectedSignature(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean withinWindow(String timestamp, long nowInMillis) {
    try {
      long skew = Math.abs(nowInMillis / 1000 - Long.parseLong(timestamp));
      return skew < WINDOW.toSeconds();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String expectedSignature(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
