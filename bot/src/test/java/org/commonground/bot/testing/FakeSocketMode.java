package org.commonground.bot.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's Socket Mode endpoint: a WebSocket server on 127.0.0.1 that says
 * hello to the app when it connects, sends it envelopes as Slack does and hands back its acks.
 */
public final class FakeSocketMode implements AutoCloseable {

  private static final long WAIT_SECONDS = 10;

  private final Endpoint endpoint = new Endpoint();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch connected = new CountDownLatch(1);
  private final BlockingQueue<JsonObject> acks = new LinkedBlockingQueue<>();
  private volatile WebSocket app;

  public FakeSocketMode() {
    endpoint.setReuseAddr(true);
    endpoint.start();
    await(started, "the fake Socket Mode server to start");
  }

  /** What {@code apps.connections.open} answers: where the app should connect. */
  public String url() {
    return "ws://127.0.0.1:" + endpoint.getPort() + "/link/?ticket=fake";
  }

  /** Waits until the app has connected. */
  public void awaitConnection() {
    await(connected, "the app to connect over Socket Mode");
  }

  /** Sends a slash command as Slack does in Socket Mode, and returns its envelope id. */
  public String slashCommand(String command, String text, String userId) {
    JsonObject payload = new JsonObject();
    Map.of(
            "command", command,
            "text", text,
            "user_id", userId,
            "user_name", "someone",
            "team_id", "T0123ABCDEF",
            "channel_id", "C0123GENERAL",
            "api_app_id", "A0123ABCDEF",
            "response_url", "https://hooks.slack.com/commands/T0123ABCDEF/1/abc",
            "trigger_id", TriggerIds.issue())
        .forEach(payload::addProperty);
    return send("slash_commands", payload);
  }

  private String send(String type, JsonObject payload) {
    String envelopeId = UUID.randomUUID().toString();
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", envelopeId);
    envelope.addProperty("type", type);
    envelope.addProperty("accepts_response_payload", true);
    envelope.add("payload", payload);
    app.send(envelope.toString());
    return envelopeId;
  }

  /** The next acknowledgement the app sent back, or an error if none came within ten seconds. */
  public JsonObject awaitAck() {
    try {
      JsonObject ack = acks.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (ack == null) {
        throw new AssertionError("the app acknowledged nothing over Socket Mode");
      }
      return ack;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void await(CountDownLatch latch, String what) {
    try {
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for " + what);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    try {
      endpoint.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Endpoint extends WebSocketServer {
    Endpoint() {
      super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      app = connection;
      connection.send("{\"type\":\"hello\",\"num_connections\":1}");
      connected.countDown();
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      acks.add(JsonParser.parseString(message).getAsJsonObject());
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket connection, Exception e) {}
  }
}
