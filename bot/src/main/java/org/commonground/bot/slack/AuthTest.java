package org.commonground.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One call of Slack's {@code auth.test} with the bot token, and what Slack's answer means. */
final class AuthTest {

  /** Slack's errors for a token it will not take, whatever the app does. */
  private static final Set<String> REFUSALS =
      Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired");

  /** Slack lists a token's scopes, comma-separated, in this header of every Web API answer. */
  private static final String SCOPES_HEADER = "x-oauth-scopes";

  /** What Slack said. */
  sealed interface Verdict {
    /**
     * Slack took the token for the workspace {@code teamId} named {@code team}; {@code scopes} is
     * empty if Slack did not list them.
     */
    record Accepted(String team, String teamId, Optional<Set<String>> scopes) implements Verdict {}

    record Refused(String error) implements Verdict {}

    /**
     * No answer that says anything about the token: worth asking again, not before {@code
     * retryAfter} if Slack gave one.
     */
    record NoAnswer(String reason, Optional<Duration> retryAfter) implements Verdict {}
  }

  private final MethodsClient client;

  AuthTest(MethodsClient client) {
    this.client = client;
  }

  Verdict ask() {
    try {
      AuthTestResponse response = client.authTest(request -> request);
      if (response.isOk()) {
        return new Verdict.Accepted(
            response.getTeam(), response.getTeamId(), scopes(response.getHttpResponseHeaders()));
      }
      if (REFUSALS.contains(response.getError())) {
        return new Verdict.Refused(response.getError());
      }
      return new Verdict.NoAnswer("Slack answered " + response.getError(), Optional.empty());
    } catch (SlackApiException e) {
      return new Verdict.NoAnswer("HTTP " + e.getResponse().code(), RetryAfter.given(e));
    } catch (IOException e) {
      return new Verdict.NoAnswer(e.toString(), Optional.empty());
    }
  }

  private static Optional<Set<String>> scopes(Map<String, List<String>> headers) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(SCOPES_HEADER))
        .flatMap(header -> header.getValue().stream())
        .findFirst()
        .map(
            list ->
                Arrays.stream(list.split(","))
                    .map(String::trim)
                    .filter(scope -> !scope.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
  }
}
