package org.commonground.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonground.bot.testing.blockkit.Violation;

/** Sends requests to the app's {@code /slack/events} exactly as Slack does, signed. */
public final class SignedRequests {

  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON = "application/json";

  private static final Pattern TRIGGER_ID = Pattern.compile("\"trigger_id\":\"[^\"]*\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String signingSecret;
  private final Clock clock;

  public SignedRequests(URI baseUri, String signingSecret, Clock clock) {
    this.endpoint = baseUri.resolve("/slack/events");
    this.signingSecret = signingSecret;
    this.clock = clock;
  }

  /** A slash command from {@code userId}, with the fields Slack sends. */
  public HttpResponse<String> slashCommand(String command, String text, String userId) {
    return acceptedBySlack(
        post(FORM, slashCommandBody(command, text, userId)), AckRules::slashCommand);
  }

  /**
   * The form body Slack posts for a slash command. Like Slack's, each carries a new trigger id, so
   * two identical commands are two different requests.
   */
  public static String slashCommandBody(String command, String text, String userId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy-token-unused");
    fields.put("team_id", "T0123ABCDEF");
    fields.put("team_domain", "commonground-test");
    fields.put("channel_id", "C0123GENERAL");
    fields.put("channel_name", "general");
    fields.put("user_id", userId);
    fields.put("user_name", "someone");
    fields.put("command", command);
    fields.put("text", text);
    fields.put("api_app_id", "A0123ABCDEF");
    fields.put("response_url", "https://hooks.slack.com/commands/T0123ABCDEF/1/abc");
    fields.put("trigger_id", nextTriggerId());
    return formEncode(fields);
  }

  /**
   * An interactivity payload (block actions, view submission, options), wrapped as Slack does, with
   * a new trigger id as each click or submission in Slack has.
   */
  public HttpResponse<String> interaction(String payloadJson) {
    String fresh =
        TRIGGER_ID.matcher(payloadJson).replaceFirst("\"trigger_id\":\"" + nextTriggerId() + "\"");
    return acceptedBySlack(
        post(FORM, "payload=" + URLEncoder.encode(fresh, StandardCharsets.UTF_8)),
        response -> AckRules.interaction(fresh, response));
  }

  /**
   * Fails the test when Slack would refuse the app's acknowledgement (and show the person an error
   * instead of the reply).
   */
  private static HttpResponse<String> acceptedBySlack(
      HttpResponse<String> response, Function<HttpResponse<String>, List<Violation>> rules) {
    List<Violation> found = rules.apply(response);
    if (!found.isEmpty()) {
      throw new AssertionError(
          "Slack would refuse the app's answer " + found + ":\n" + response.body());
    }
    return response;
  }

  /** The trigger id of the latest command or interaction sent, which Slack lets a modal open on. */
  public static String lastTriggerId() {
    return TriggerIds.last();
  }

  private static String nextTriggerId() {
    return TriggerIds.issue();
  }

  public HttpResponse<String> event(String json) {
    return post(JSON, json);
  }

  /** An event as Slack redelivers it, e.g. with {@code X-Slack-Retry-Num: 1}. */
  public HttpResponse<String> event(String json, Map<String, String> extraHeaders) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest.Builder request = signed(JSON, json, timestamp);
    extraHeaders.forEach(request::header);
    return send(request.build());
  }

  /** Signs with the current time and the right secret. */
  public HttpResponse<String> post(String contentType, String body) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    return send(contentType, body, timestamp, SlackSigner.sign(signingSecret, timestamp, body));
  }

  /** Sends with whatever timestamp and signature the test chooses. */
  public HttpResponse<String> send(
      String contentType, String body, String timestamp, String signature) {
    HttpRequest.Builder request = unsigned(contentType, body);
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    return send(request.build());
  }

  private HttpRequest.Builder signed(String contentType, String body, String timestamp) {
    return unsigned(contentType, body)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", SlackSigner.sign(signingSecret, timestamp, body));
  }

  private HttpRequest.Builder unsigned(String contentType, String body) {
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String formEncode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
