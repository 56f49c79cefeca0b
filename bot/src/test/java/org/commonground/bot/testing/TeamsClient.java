package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays Teams towards the running app: people installing it, writing to it and pressing its
 * buttons, each activity shaped as Teams sends it and signed by the fake identity provider as the
 * Bot Framework signs it.
 */
public final class TeamsClient {

  public static final String APP_ID = "2b7d4a51-8c3e-4f6a-9d1b-5e0f7a8c9b2d";
  public static final String APP_PASSWORD = "fake~client~secret~for~tests";
  public static final String HOME_TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

  private final URI endpoint;
  private final FakeIdentityProvider identity;
  private final FakeBotConnector connector;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger people = new AtomicInteger();
  private final AtomicInteger activityIds = new AtomicInteger();

  public TeamsClient(URI app, FakeIdentityProvider identity, FakeBotConnector connector) {
    this.endpoint = app.resolve("/api/messages");
    this.identity = identity;
    this.connector = connector;
  }

  public FakeBotConnector connector() {
    return connector;
  }

  public FakeIdentityProvider identity() {
    return identity;
  }

  /** Someone in the home tenant with the app installed (Teams not yet having told the app). */
  public TeamsPerson person(String name, String email) {
    return person(name, email, HOME_TENANT);
  }

  public TeamsPerson person(String name, String email, String tenantId) {
    String botUserId =
        "29:1" + "Xq7" + people.incrementAndGet() + "-personal-id-for-" + name.length();
    String userId = UUID.nameUUIDFromBytes((name + email + tenantId).getBytes()).toString();
    String chat = connector.install(botUserId, userId, name, email, tenantId);
    return new TeamsPerson(botUserId, userId, name, email, tenantId, chat);
  }

  /** Teams telling the app it was added to the person's personal chat. */
  public JsonObject installation(TeamsPerson person) {
    JsonObject activity = base(person, "installationUpdate");
    activity.addProperty("action", "add");
    return activity;
  }

  public JsonObject uninstallation(TeamsPerson person) {
    JsonObject activity = base(person, "installationUpdate");
    activity.addProperty("action", "remove");
    return activity;
  }

  /** What older clients send instead: the app joining the chat. */
  public JsonObject botAdded(TeamsPerson person) {
    JsonObject activity = base(person, "conversationUpdate");
    JsonArray added = new JsonArray();
    JsonObject bot = new JsonObject();
    bot.addProperty("id", botId());
    added.add(bot);
    activity.add("membersAdded", added);
    return activity;
  }

  public JsonObject message(TeamsPerson person, String text) {
    JsonObject activity = base(person, "message");
    activity.addProperty("text", text);
    activity.addProperty("textFormat", "plain");
    return activity;
  }

  /**
   * A message @mentioning people, as Teams sends it: {@code text} holds {@code <at>Name</at>} where
   * each stands, and the entities say who each is, in the order they stand, after the client's own.
   */
  public JsonObject message(TeamsPerson person, String text, List<JsonObject> mentions) {
    JsonObject activity = message(person, text);
    activity.addProperty("textFormat", "plain");
    JsonArray entities = new JsonArray();
    mentions.forEach(entities::add);
    JsonObject client = new JsonObject();
    client.addProperty("type", "clientInfo");
    client.addProperty("locale", "en-GB");
    client.addProperty("country", "GB");
    client.addProperty("platform", "Web");
    client.addProperty("timezone", "Europe/London");
    entities.add(client);
    activity.add("entities", entities);
    return activity;
  }

  /** {@code person} @mentioned, with their Entra object id, as Teams sends it when it knows it. */
  public static JsonObject mention(TeamsPerson person) {
    JsonObject mention = mention(person.botUserId(), person.name());
    mention.getAsJsonObject("mentioned").addProperty("aadObjectId", person.userId());
    return mention;
  }

  /** Someone @mentioned by their id in chats with the bot alone, as Teams often sends it. */
  public static JsonObject mention(String botUserId, String name) {
    JsonObject mentioned = new JsonObject();
    mentioned.addProperty("id", botUserId);
    mentioned.addProperty("name", name);
    JsonObject mention = new JsonObject();
    mention.addProperty("type", "mention");
    mention.add("mentioned", mentioned);
    mention.addProperty("text", at(name));
    return mention;
  }

  /** How a mention of {@code name} stands in a message's text. */
  public static String at(String name) {
    return "<at>" + name + "</at>";
  }

  /**
   * An {@code Action.Execute} pressed: {@code data} is the button's data merged with the inputs.
   */
  public JsonObject execute(TeamsPerson person, String verb, JsonObject data) {
    JsonObject activity = base(person, "invoke");
    activity.addProperty("name", "adaptiveCard/action");
    JsonObject action = new JsonObject();
    action.addProperty("type", "Action.Execute");
    action.addProperty("verb", verb);
    action.add("data", data);
    JsonObject value = new JsonObject();
    value.add("action", action);
    value.addProperty("trigger", "manual");
    activity.add("value", value);
    return activity;
  }

  /** The same press from a client that sends cards' actions as {@code Action.Submit}. */
  public JsonObject submit(TeamsPerson person, String replyToId, String verb, JsonObject data) {
    JsonObject activity = base(person, "message");
    JsonObject value = data.deepCopy();
    value.addProperty("verb", verb);
    activity.add("value", value);
    activity.addProperty("replyToId", replyToId);
    return activity;
  }

  /** A typeahead asking for choices. */
  public JsonObject search(TeamsPerson person, String dataset, String typed) {
    JsonObject activity = base(person, "invoke");
    activity.addProperty("name", "application/search");
    JsonObject value = new JsonObject();
    value.addProperty("queryText", typed);
    value.addProperty("dataset", dataset);
    JsonObject options = new JsonObject();
    options.addProperty("skip", 0);
    options.addProperty("top", 15);
    value.add("queryOptions", options);
    activity.add("value", value);
    return activity;
  }

  /** Posts {@code activity} with a valid token, as the Bot Framework does. */
  public HttpResponse<String> send(JsonObject activity) {
    return send(activity, identity.activityToken(activity.get("serviceUrl").getAsString()));
  }

  public HttpResponse<String> send(JsonObject activity, String token) {
    return post(activity.toString(), "Bearer " + token);
  }

  public HttpResponse<String> post(String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The card an invoke was answered with. */
  public static JsonObject answeredCard(HttpResponse<String> response) {
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    if (!"application/vnd.microsoft.card.adaptive".equals(body.get("type").getAsString())) {
      throw new AssertionError("the invoke was answered without a card: " + response.body());
    }
    return body.getAsJsonObject("value");
  }

  private JsonObject base(TeamsPerson person, String type) {
    JsonObject activity = new JsonObject();
    activity.addProperty("type", type);
    activity.addProperty("id", "1:" + activityIds.incrementAndGet());
    activity.addProperty("timestamp", "2026-11-23T08:00:00.000Z");
    activity.addProperty("serviceUrl", connector.serviceUrl());
    activity.addProperty("channelId", "msteams");
    JsonObject from = new JsonObject();
    from.addProperty("id", person.botUserId());
    from.addProperty("name", person.name());
    from.addProperty("aadObjectId", person.userId());
    activity.add("from", from);
    JsonObject conversation = new JsonObject();
    conversation.addProperty("conversationType", "personal");
    conversation.addProperty("tenantId", person.tenantId());
    conversation.addProperty("id", person.conversationId());
    activity.add("conversation", conversation);
    JsonObject recipient = new JsonObject();
    recipient.addProperty("id", botId());
    recipient.addProperty("name", "Common Ground");
    activity.add("recipient", recipient);
    JsonObject tenant = new JsonObject();
    tenant.addProperty("id", person.tenantId());
    JsonObject channelData = new JsonObject();
    channelData.add("tenant", tenant);
    activity.add("channelData", channelData);
    activity.addProperty("locale", "en-GB");
    return activity;
  }

  private static String botId() {
    return "28:" + APP_ID;
  }
}
