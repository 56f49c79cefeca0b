package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.commonground.bot.testing.blockkit.SlackRefusal;

/**
 * A local stand-in for Slack's Web API at {@code http://127.0.0.1:PORT/api/{method}}: records every
 * call and answers like Slack, from the real samples where there are some. Tests can queue other
 * answers, such as errors or {@code 429 ratelimited} with {@code Retry-After}.
 *
 * <p>It is as strict as Slack: a call Slack would refuse ({@link WebApiRules}: Block Kit limits,
 * text length, trigger ids) gets Slack's refusal, and unless the test takes it with {@link
 * #takeRefusals()}, {@link #close()} fails the test naming it. So every test is also a test that
 * Slack would accept what the app sends.
 */
public final class FakeSlack implements AutoCloseable {

  /** An answer to give: status, headers and JSON body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer ok(String body) {
      return new Answer(200, Map.of(), body);
    }

    public static Answer error(String error) {
      return ok("{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    /** {@code auth.test}'s success, with the token's scopes in the header Slack lists them in. */
    public static Answer authTest(List<String> scopes) {
      return new Answer(
          200,
          Map.of("x-oauth-scopes", String.join(",", scopes)),
          Samples.text("auth.test.mock_ok.json"));
    }

    public static Answer rateLimited(int retryAfterSeconds) {
      return new Answer(
          429,
          Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
          Samples.text("error.ratelimited.json"));
    }
  }

  /** Where a message the app posted landed: its conversation and timestamp. */
  public record Landed(String channel, String ts) {}

  /** Where file uploads go (files.getUploadURLExternal points here), recorded as {@code upload}. */
  private static final String UPLOAD_PATH = "/upload/";

  private final HttpServer server;
  private final List<SlackCall> calls = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private final Map<String, String> lastAnswers = new HashMap<>();
  private final Map<String, Queue<Answer>> queued = new HashMap<>();
  private final Map<String, RateLimit> rateLimits = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Conversations conversations = new Conversations();
  private final Map<SlackCall, Landed> landed = new IdentityHashMap<>();
  private final UploadedFiles files = new UploadedFiles();
  private final FakeSlackSignIn signIn = new FakeSlackSignIn();
  private volatile Hold hold;
  private volatile String socketModeUrl;
  private final Condition called = lock.newCondition();
  private int messageCounter;

  static {
    // Without it the JDK's server sends a response's body only after the client acknowledges its
    // headers, which a client may delay by 40 ms: every call would take that long.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public FakeSlack() {
    this(0);
  }

  /** On {@code port}, for a test that points the app there before Slack is up; 0 picks one. */
  public FakeSlack(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/api/", this::handle);
    server.createContext(UPLOAD_PATH, this::handleUpload);
    server.createContext(FakeSlackSignIn.AUTHORIZE_PATH, signIn::authorize);
    server.createContext(FakeSlackSignIn.KEYS_PATH, signIn::keys);
    // A held call must not stop the others being answered.
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** Sign in with Slack: who signs in, and how the tokens go wrong. */
  public FakeSlackSignIn signIn() {
    return signIn;
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /**
   * Makes the {@code nth} call of {@code method} (counting from 1) take effect but never be
   * answered, as if the caller died while waiting; {@link Hold#reached()} waits for it.
   */
  public Hold holdCall(String method, int nth) {
    return hold(new Hold(method, nth, false));
  }

  /**
   * Makes the {@code nth} call of {@code method} take effect at once but be answered only when
   * {@link Hold#release()} is called, as a slow platform would.
   */
  public Hold slowCall(String method, int nth) {
    return hold(new Hold(method, nth, true));
  }

  private Hold hold(Hold held) {
    lock.lock();
    try {
      hold = held;
      return held;
    } finally {
      lock.unlock();
    }
  }

  /** Makes {@code apps.connections.open} send the app to {@code url}, as Slack does. */
  public void connectSocketModeTo(String url) {
    socketModeUrl = url;
  }

  /**
   * Lets at most {@code perSecond} calls of {@code method} through each second, refusing the rest
   * with {@code 429}; refused calls are not recorded as calls.
   */
  public RateLimit limitRate(String method, int perSecond) {
    return limitRate(method, perSecond, System::nanoTime);
  }

  /** As {@link #limitRate(String, int)}, keeping time by {@code nanos}. */
  public RateLimit limitRate(String method, int perSecond, LongSupplier nanos) {
    lock.lock();
    try {
      return rateLimits.computeIfAbsent(method, m -> new RateLimit(perSecond, nanos));
    } finally {
      lock.unlock();
    }
  }

  /** Answers the next call of {@code method} with {@code answer} instead of the usual success. */
  public void answerNext(String method, Answer answer) {
    lock.lock();
    try {
      queued.computeIfAbsent(method, m -> new ArrayDeque<>()).add(answer);
    } finally {
      lock.unlock();
    }
  }

  /** A message someone else posted in {@code channel}, which the app may see but not delete. */
  public void messageFromSomeoneElse(String channel, String ts) {
    lock.lock();
    try {
      conversations.recordFromSomeoneElse(channel, ts);
    } finally {
      lock.unlock();
    }
  }

  /** The timestamps of the messages in {@code channel} now, oldest first (deleted ones gone). */
  public List<String> messageTimestamps(String channel) {
    lock.lock();
    try {
      return conversations.timestamps(channel);
    } finally {
      lock.unlock();
    }
  }

  /** A file someone else uploaded, which the app may not delete. */
  public void fileFromSomeoneElse(String fileId) {
    lock.lock();
    try {
      files.fromSomeoneElse(fileId);
    } finally {
      lock.unlock();
    }
  }

  public List<SlackCall> calls(String method) {
    lock.lock();
    try {
      return calls.stream().filter(c -> c.method().equals(method)).toList();
    } finally {
      lock.unlock();
    }
  }

  /** Every call except Bolt's {@code auth.test}, which it makes on its own schedule. */
  public List<SlackCall> appCalls() {
    lock.lock();
    try {
      return calls.stream().filter(c -> !c.method().equals("auth.test")).toList();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until {@code count} calls of {@code method} have been made, and returns them. */
  public List<SlackCall> awaitCalls(String method, int count) {
    return awaitCalls(method, call -> true, count);
  }

  /**
   * Waits until {@code count} calls of {@code method} are {@code which}, and returns those. It
   * gives up after ten seconds without a new such call, so a long run of calls on a busy machine is
   * waited for as long as it keeps going.
   */
  public List<SlackCall> awaitCalls(String method, Predicate<SlackCall> which, int count) {
    long patience = Duration.ofSeconds(10).toNanos();
    long deadline = System.nanoTime() + patience;
    long seen = -1;
    lock.lock();
    try {
      for (long now = calls(method).stream().filter(which).count();
          now < count;
          now = calls(method).stream().filter(which).count()) {
        if (now > seen) {
          seen = now;
          deadline = System.nanoTime() + patience;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected " + count + " call(s) of " + method + " but Slack saw: " + methods());
        }
        called.await(left, TimeUnit.NANOSECONDS);
      }
      return calls(method).stream().filter(which).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The calls Slack refused so far, as {@code method: error [problems]}, forgotten once taken: a
   * test that means to provoke a refusal takes it, so that {@link #close()} doesn't fail.
   */
  public List<String> takeRefusals() {
    lock.lock();
    try {
      List<String> taken = List.copyOf(refusals);
      refusals.clear();
      return taken;
    } finally {
      lock.unlock();
    }
  }

  /** The body of the latest answer to {@code method}. */
  public String lastAnswer(String method) {
    lock.lock();
    try {
      return lastAnswers.get(method);
    } finally {
      lock.unlock();
    }
  }

  public SlackCall awaitCall(String method) {
    return awaitCalls(method, 1).get(0);
  }

  private List<String> methods() {
    return calls.stream().map(SlackCall::method).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = read(exchange.getRequestBody());
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    SlackCall call =
        new SlackCall(
            method,
            params(body, contentType),
            exchange.getRequestHeaders().getFirst("Authorization"),
            System.nanoTime());
    Answer answer = record(call);
    lock.lock();
    try {
      lastAnswers.put(method, answer.body());
    } finally {
      lock.unlock();
    }
    Hold held = hold;
    if (held != null && held.holds(method, calls(method).size())) {
      held.park();
      if (!held.answersWhenReleased()) {
        exchange.close();
        return;
      }
    }
    reply(exchange, answer);
  }

  /** The second step of Slack's file upload v2: the file's bytes, posted as they are. */
  private void handleUpload(HttpExchange exchange) throws IOException {
    String body = read(exchange.getRequestBody());
    record(new SlackCall("upload", Map.of("body", body), null, System.nanoTime()));
    byte[] ok = ("OK - " + body.length()).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, ok.length);
    exchange.getResponseBody().write(ok);
    exchange.close();
  }

  private Answer record(SlackCall call) {
    Optional<SlackRefusal> refused = WebApiRules.check(call);
    lock.lock();
    try {
      RateLimit limit = rateLimits.get(call.method());
      OptionalInt wait = limit == null ? OptionalInt.empty() : limit.refusal();
      if (wait.isPresent()) {
        return Answer.rateLimited(wait.getAsInt());
      }
      calls.add(call);
      called.signalAll();
      if (refused.isPresent()) {
        refusals.add(call.method() + ": " + refused.get());
        return Answer.ok(refused.get().body());
      }
      Queue<Answer> next = queued.get(call.method());
      if (next != null && !next.isEmpty()) {
        return next.poll();
      }
      Optional<SlackRefusal> notThere = whatIsThere(call);
      if (notThere.isPresent()) {
        refusals.add(call.method() + ": " + notThere.get());
        return Answer.ok(notThere.get().body());
      }
      return usualAnswer(call);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes or updates what a delete or update call names, or Slack's error when it is not there to
   * change.
   */
  private Optional<SlackRefusal> whatIsThere(SlackCall call) {
    return switch (call.method()) {
      case "chat.delete" -> conversations.delete(call.param("channel"), call.param("ts"));
      case "chat.update" ->
          conversations.update(
              call.param("channel"), call.param("ts"), call.param("text"), call.param("blocks"));
      case "files.delete" -> files.delete(call.param("file"));
      case "openid.connect.token" -> signIn.refusal(call);
      default -> Optional.empty();
    };
  }

  private Answer usualAnswer(SlackCall call) {
    return switch (call.method()) {
      case "auth.test" -> Answer.authTest(Manifest.botScopes());
      case "apps.connections.open" ->
          socketModeUrl == null
              ? Answer.error("not_allowed_token_type")
              : Answer.ok("{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}");
      case "chat.postMessage" -> Answer.ok(postedMessage(call));
      case "conversations.open" -> Answer.ok(conversations.opened(call.param("users")));
      case "conversations.history" -> Answer.ok(conversations.history(call.param("channel")));
      case "users.info" -> Answer.ok(regularMember(call.param("user")));
      case "files.getUploadURLExternal" -> uploadUrl();
      case "files.completeUploadExternal" -> Answer.ok(completedUpload(call.param("files")));
      case "chat.delete" ->
          Answer.ok(
              "{\"ok\":true,\"channel\":\""
                  + call.param("channel")
                  + "\",\"ts\":\""
                  + call.param("ts")
                  + "\"}");
      case "chat.update" -> Answer.ok(updatedMessage(call));
      case "openid.connect.token" -> Answer.ok(signIn.token(call));
      case "views.open", "views.publish", "views.update", "views.push" ->
          Answer.ok("{\"ok\":true,\"view\":{\"id\":\"V0123FAKE\"}}");
      default -> Answer.ok("{\"ok\":true}");
    };
  }

  /** What Slack answers to an update: where it is, and the message as it now reads. */
  private String updatedMessage(SlackCall call) {
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    answer.addProperty("channel", call.param("channel"));
    answer.addProperty("ts", call.param("ts"));
    answer.addProperty("text", call.param("text"));
    JsonObject message = new JsonObject();
    message.addProperty("text", call.param("text"));
    answer.add("message", message);
    return answer.toString();
  }

  private Answer uploadUrl() {
    String id = files.newId();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + UPLOAD_PATH + id;
    return Answer.ok("{\"ok\":true,\"file_id\":\"" + id + "\",\"upload_url\":\"" + url + "\"}");
  }

  /** Completing an upload makes its files exist, answered with their ids as Slack does. */
  private String completedUpload(String uploaded) {
    JsonArray ids = new JsonArray();
    for (var file : JsonParser.parseString(uploaded).getAsJsonArray()) {
      String id = file.getAsJsonObject().get("id").getAsString();
      files.completed(id);
      JsonObject completed = new JsonObject();
      completed.addProperty("id", id);
      ids.add(completed);
    }
    JsonObject response = new JsonObject();
    response.addProperty("ok", true);
    response.add("files", ids);
    return response.toString();
  }

  /** Everyone is an ordinary member unless a test queues the workspace-admin sample. */
  private static String regularMember(String userId) {
    JsonObject response =
        JsonParser.parseString(Samples.text("users.info.admin_example.json")).getAsJsonObject();
    JsonObject user = response.getAsJsonObject("user");
    user.addProperty("id", userId);
    user.addProperty("is_admin", false);
    return response.toString();
  }

  private String postedMessage(SlackCall call) {
    JsonObject response =
        JsonParser.parseString(Samples.text("chat.postMessage.ok_example.json")).getAsJsonObject();
    String channel = Conversations.channelFor(call.param("channel"));
    String ts = "1717000000." + String.format("%06d", ++messageCounter);
    response.addProperty("channel", channel);
    response.addProperty("ts", ts);
    conversations.record(
        channel, ts, call.param("text"), call.param("blocks"), call.param("metadata"));
    landed.put(call, new Landed(channel, ts));
    return response.toString();
  }

  /** Where a {@code chat.postMessage} the app made landed, as Slack answered it. */
  public Landed landed(SlackCall post) {
    lock.lock();
    try {
      return Objects.requireNonNull(landed.get(post), "not a message Slack posted");
    } finally {
      lock.unlock();
    }
  }

  /** A posted message as it reads now, after any {@code chat.update}: its text and blocks. */
  public JsonObject message(Landed where) {
    return conversations.message(where.channel(), where.ts()).orElseThrow();
  }

  private static void reply(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> params(String body, String contentType) {
    Map<String, String> params = new LinkedHashMap<>();
    if (contentType != null && contentType.startsWith("application/json")) {
      JsonParser.parseString(body)
          .getAsJsonObject()
          .entrySet()
          .forEach(
              e ->
                  params.put(
                      e.getKey(),
                      e.getValue().isJsonPrimitive()
                          ? e.getValue().getAsString()
                          : e.getValue().toString()));
      return params;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Stops the server; fails if Slack refused a call that no test took as expected. */
  @Override
  public void close() {
    if (hold != null) {
      hold.release();
    }
    server.stop(0);
    List<String> unexpected = takeRefusals();
    if (!unexpected.isEmpty()) {
      throw new AssertionError("Slack would have refused: " + String.join("\n", unexpected));
    }
  }
}
