package org.commonground.bot.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.IntFunction;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackSigner;

/**
 * Slash commands signed as Slack signs them, each a distinct request (its own trigger id) so the
 * app's replay protection lets every one through.
 */
final class SignedCommands {

  private SignedCommands() {}

  static IntFunction<HttpRequest> of(
      URI base, String secret, String command, String text, String userId) {
    URI endpoint = base.resolve("/slack/events");
    return i -> {
      String body = SignedRequests.slashCommandBody(command, text, userId);
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      return HttpRequest.newBuilder(endpoint)
          .header("Content-Type", SignedRequests.FORM)
          .header("X-Slack-Request-Timestamp", timestamp)
          .header("X-Slack-Signature", SlackSigner.sign(secret, timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
    };
  }
}
