package org.commonground.bot.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.commonground.bot.testing.ConnectorCall.Kind;

/**
 * A local stand-in for Teams' Bot Connector at {@link #serviceUrl()}: the people the bot is
 * installed for, their personal chats and the activities in them, answering every call as Teams
 * does and recording it, and throttling as Teams documents ({@link TeamsThrottle}). Tests can queue
 * other answers and limit the rate per conversation further.
 *
 * <p>It is as strict as Teams: a bearer token it doesn't accept gets the connector's {@code 401}; a
 * request body Teams would refuse ({@link ConnectorRules}: Adaptive Card rules, size, the id of a
 * replacement) gets Teams' refusal, and unless the test takes it with {@link #takeRefusals()},
 * {@link #close()} fails the test naming it. Answers about what isn't there (an unknown person,
 * conversation or activity) are Teams' too, but not refusals: they are what a test sets up.
 */
public final class FakeBotConnector implements AutoCloseable {

  /** An answer to give: status, headers and body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer ok(JsonObject body) {
      return new Answer(200, Map.of(), body.toString());
    }

    public static Answer created(JsonObject body) {
      return new Answer(201, Map.of(), body.toString());
    }

    /** The connector's error shape, {@code {"error":{"code":...,"message":...}}}. */
    public static Answer error(int status, String code, String message) {
      JsonObject error = new JsonObject();
      error.addProperty("code", code);
      error.addProperty("message", message);
      JsonObject body = new JsonObject();
      body.add("error", error);
      return new Answer(status, Map.of(), body.toString());
    }

    /** Teams' {@code 429}, with the wait in whole seconds. */
    public static Answer throttled(int retryAfterSeconds) {
      Answer throttled = error(429, "Throttled", "Too many requests.");
      return new Answer(
          429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)), throttled.body());
    }

    /** The connector's answer to a missing or refused token (ASP.NET's, not the error shape). */
    public static Answer unauthorized() {
      return new Answer(
          401, Map.of(), "{\"message\":\"Authorization has been denied for this request.\"}");
    }
  }

  /** Where a service URL's path starts, as in {@code https://smba.trafficmanager.net/uk/}. */
  private static final String REGION = "/uk/";

  private static final String API = REGION + "v3/";

  private final HttpServer server;
  private final Predicate<String> acceptsBearer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final TeamsChats chats = new TeamsChats();
  private final List<ConnectorCall> calls = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private final Map<Kind, Queue<Answer>> queued = new EnumMap<>(Kind.class);
  private final Map<String, RateLimit> rateLimits = new HashMap<>();
  private final LongSupplier nanos;
  private final TeamsThrottle documentedLimits;
  private int perSecond;

  static {
    // As for the fake Slack: without it every answer waits for the client's delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** A connector that takes the bearer tokens {@code acceptsBearer} accepts and no others. */
  public FakeBotConnector(Predicate<String> acceptsBearer) {
    this(acceptsBearer, System::nanoTime);
  }

  /** As {@link #FakeBotConnector(Predicate)}, keeping Teams' limits on {@code nanos}' time. */
  public FakeBotConnector(Predicate<String> acceptsBearer, LongSupplier nanos) {
    this.acceptsBearer = acceptsBearer;
    this.nanos = nanos;
    this.documentedLimits = new TeamsThrottle(nanos);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** The {@code serviceUrl} activities from this connector carry; it ends with {@code /}. */
  public String serviceUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + REGION;
  }

  /** A person the bot is installed for; {@code email} may be null, as for accounts without mail. */
  public void addUser(
      String userId, String aadObjectId, String name, String email, String tenantId) {
    whileLocked(() -> chats.addUser(userId, aadObjectId, name, email, tenantId));
  }

  /**
   * Installs the bot for a person as Teams does before telling the bot, opening their personal
   * chat; answers the chat's id, which the activities from them carry.
   */
  public String install(
      String userId, String aadObjectId, String name, String email, String tenantId) {
    return locked(
        () -> {
          chats.addUser(userId, aadObjectId, name, email, tenantId);
          chats.open(userId, tenantId);
          return chats.conversationOf(userId).orElseThrow();
        });
  }

  /**
   * Lets at most {@code perSecond} calls a second through in each conversation (Teams limits each
   * bot per conversation), refusing the rest with {@code 429 Throttled} and a {@code Retry-After}.
   */
  public void limitRate(int perSecond) {
    whileLocked(() -> this.perSecond = perSecond);
  }

  /** Calls answered {@code 429}, in every conversation. */
  public int throttledCalls() {
    return locked(
        () ->
            documentedLimits.refused()
                + rateLimits.values().stream().mapToInt(RateLimit::refused).sum());
  }

  /** Calls made before the {@code Retry-After} of a 429 that held them had passed. */
  public int callsTooSoon() {
    return locked(
        () ->
            documentedLimits.callsTooSoon()
                + rateLimits.values().stream().mapToInt(RateLimit::callsTooSoon).sum());
  }

  /** Answers the next call of {@code kind} with {@code answer}, once it has passed the checks. */
  public void answerNext(Kind kind, Answer answer) {
    whileLocked(() -> queued.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(answer));
  }

  public List<ConnectorCall> calls() {
    return locked(() -> List.copyOf(calls));
  }

  /** The bot's personal chat with {@code userId}, once it has opened one. */
  public Optional<String> conversationOf(String userId) {
    return locked(() -> chats.conversationOf(userId));
  }

  /** The conversation's activities as they read now: updated ones as updated, deleted ones gone. */
  public List<JsonObject> activities(String conversationId) {
    return locked(() -> chats.activities(conversationId));
  }

  /** The Adaptive Card of the latest activity in the bot's chat with {@code userId}. */
  public JsonObject lastCard(String userId) {
    String conversation =
        conversationOf(userId)
            .orElseThrow(() -> new AssertionError("the bot has no chat with " + userId));
    List<JsonObject> now = activities(conversation);
    if (now.isEmpty()) {
      throw new AssertionError("nothing in the bot's chat with " + userId);
    }
    return now.get(now.size() - 1)
        .getAsJsonArray("attachments")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("content");
  }

  /** Waits until the conversation holds {@code count} activities, and returns them. */
  public List<JsonObject> awaitActivities(String conversationId, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    lock.lock();
    try {
      while (chats.activities(conversationId).size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " activities in "
                  + conversationId
                  + " but calls were: "
                  + calls);
        }
        changed.await(left, TimeUnit.NANOSECONDS);
      }
      return chats.activities(conversationId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The calls Teams refused for what they carried, as {@code KIND status: body}, forgotten once
   * taken: a test that means to provoke a refusal takes it, so that {@link #close()} doesn't fail.
   */
  public List<String> takeRefusals() {
    return locked(
        () -> {
          List<String> taken = List.copyOf(refusals);
          refusals.clear();
          return taken;
        });
  }

  private void handle(HttpExchange exchange) throws IOException {
    long receivedAt = System.nanoTime();
    String rawPath = exchange.getRequestURI().getRawPath();
    ConnectorRoute route =
        ConnectorRoute.of(
            exchange.getRequestMethod(),
            rawPath.startsWith(API) ? rawPath.substring(API.length()) : "");
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    ConnectorCall call =
        new ConnectorCall(
            route.kind(),
            route.conversationId(),
            route.activityId(),
            route.memberId(),
            json(body),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            0,
            receivedAt);
    Answer answer;
    lock.lock();
    try {
      answer = answer(call);
      calls.add(call.answered(answer.status()));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    reply(exchange, answer);
  }

  /** Checked in Teams' order: the token, the rate, the body, then what is there. */
  private Answer answer(ConnectorCall call) {
    String authorization = call.authorization();
    if (authorization == null
        || !authorization.startsWith("Bearer ")
        || !acceptsBearer.test(authorization.substring("Bearer ".length()))) {
      return Answer.unauthorized();
    }
    OptionalInt wait = throttle(call);
    if (wait.isPresent()) {
      return Answer.throttled(wait.getAsInt());
    }
    Optional<Answer> refused = refusal(call);
    if (refused.isPresent()) {
      refusals.add(call.kind() + " " + refused.get().status() + ": " + refused.get().body());
      return refused.get();
    }
    Queue<Answer> next = queued.get(call.kind());
    if (next != null && !next.isEmpty()) {
      return next.poll();
    }
    JsonObject json = call.body();
    return switch (call.kind()) {
      case OPEN_CHAT ->
          chats.open(
              json.getAsJsonArray("members").get(0).getAsJsonObject().get("id").getAsString(),
              json.getAsJsonObject("channelData")
                  .getAsJsonObject("tenant")
                  .get("id")
                  .getAsString());
      case SEND -> chats.send(call.conversationId(), json);
      case UPDATE -> chats.update(call.conversationId(), call.activityId(), json);
      case DELETE -> chats.delete(call.conversationId(), call.activityId());
      case MEMBER -> chats.member(call.conversationId(), call.memberId());
      case UNKNOWN -> throw new IllegalStateException("refused above");
    };
  }

  /**
   * Teams' documented limits, then the test's own per conversation (opening a chat isn't in any).
   */
  private OptionalInt throttle(ConnectorCall call) {
    OptionalInt documented = documentedLimits.refusal(call.conversationId());
    if (documented.isPresent() || perSecond == 0 || call.conversationId() == null) {
      return documented;
    }
    return rateLimits
        .computeIfAbsent(call.conversationId(), c -> new RateLimit(perSecond, nanos))
        .refusal();
  }

  private static Optional<Answer> refusal(ConnectorCall call) {
    return switch (call.kind()) {
      case UNKNOWN -> Optional.of(new Answer(404, Map.of(), ""));
      case DELETE, MEMBER -> Optional.empty();
      case OPEN_CHAT, SEND, UPDATE -> bodyRefusal(call);
    };
  }

  private static Optional<Answer> bodyRefusal(ConnectorCall call) {
    String contentType = call.contentType();
    if (contentType == null || !contentType.startsWith("application/json")) {
      return Optional.of(
          new Answer(
              415,
              Map.of(),
              "{\"message\":\"The request entity's media type '"
                  + contentType
                  + "' is not supported for this resource.\"}"));
    }
    if (call.body() == null) {
      return Optional.of(ConnectorRules.badSyntax());
    }
    return switch (call.kind()) {
      case OPEN_CHAT -> ConnectorRules.personalChat(call.body());
      case SEND -> ConnectorRules.sent(call.body());
      default -> ConnectorRules.replacement(call.activityId(), call.body());
    };
  }

  private static JsonObject json(String body) {
    try {
      return JsonParser.parseString(body).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException notAnObject) {
      return null;
    }
  }

  private static void reply(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private void whileLocked(Runnable action) {
    locked(
        () -> {
          action.run();
          return null;
        });
  }

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the server; fails if Teams refused a call that no test took as expected. */
  @Override
  public void close() {
    server.stop(0);
    List<String> unexpected = takeRefusals();
    if (!unexpected.isEmpty()) {
      throw new AssertionError("Teams would have refused: " + String.join("\n", unexpected));
    }
  }
}
