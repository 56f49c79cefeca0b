package org.commonground.bot.testing;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.testing.FakeBotConnector.Answer;

/**
 * What the fake Bot Connector knows: the people the bot is installed for, their personal chats and
 * the activities in each, and Teams' answers to calls on them (its status and error codes, from
 * learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability, "Status codes
 * from bot conversational APIs"). Not thread-safe: the fake holds its lock around every call.
 */
final class TeamsChats {

  private static final String ID_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  /** Teams' activity ids in a personal chat are the millisecond they were posted. */
  private static final long FIRST_ACTIVITY_ID = 1_717_000_000_000L;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, JsonObject> roster = new HashMap<>();
  private final Map<String, String> chatOfUser = new HashMap<>();
  private final Map<String, String> userOfChat = new HashMap<>();
  private final Map<String, Map<String, JsonObject>> activities = new HashMap<>();
  private long nextActivityId = FIRST_ACTIVITY_ID;

  /** A person the bot is installed for, as Teams describes them (a TeamsChannelAccount). */
  void addUser(String userId, String aadObjectId, String name, String email, String tenantId) {
    JsonObject account = new JsonObject();
    account.addProperty("id", userId);
    account.addProperty("name", name);
    account.addProperty("aadObjectId", aadObjectId);
    if (email != null) {
      account.addProperty("email", email);
      account.addProperty("userPrincipalName", email);
    }
    account.addProperty("tenantId", tenantId);
    account.addProperty("userRole", "user");
    roster.put(userId, account);
  }

  /** Opens, or finds again, the bot's chat with {@code userId} in {@code tenantId}. */
  Answer open(String userId, String tenantId) {
    JsonObject account = roster.get(userId);
    if (account == null || !account.get("tenantId").getAsString().equals(tenantId)) {
      return Answer.error(
          403, "ForbiddenOperationException", "Bot is not installed in user's personal scope");
    }
    String id = chatOfUser.computeIfAbsent(userId, user -> newConversationId());
    userOfChat.put(id, userId);
    activities.computeIfAbsent(id, chat -> new LinkedHashMap<>());
    return Answer.created(idAnswer(id));
  }

  Answer send(String conversationId, JsonObject activity) {
    Map<String, JsonObject> chat = activities.get(conversationId);
    if (chat == null) {
      return conversationNotFound();
    }
    String id = Long.toString(nextActivityId++);
    JsonObject kept = activity.deepCopy();
    kept.addProperty("id", id);
    chat.put(id, kept);
    return Answer.created(idAnswer(id));
  }

  Answer update(String conversationId, String activityId, JsonObject activity) {
    Map<String, JsonObject> chat = activities.get(conversationId);
    if (chat == null) {
      return conversationNotFound();
    }
    if (!chat.containsKey(activityId)) {
      return activityNotFound();
    }
    chat.put(activityId, activity.deepCopy());
    return Answer.ok(idAnswer(activityId));
  }

  Answer delete(String conversationId, String activityId) {
    Map<String, JsonObject> chat = activities.get(conversationId);
    if (chat == null) {
      return conversationNotFound();
    }
    if (chat.remove(activityId) == null) {
      return activityNotFound();
    }
    return new Answer(200, Map.of(), "");
  }

  /** In a personal chat the one member besides the bot is the person it is with. */
  Answer member(String conversationId, String memberId) {
    if (!activities.containsKey(conversationId)) {
      return conversationNotFound();
    }
    if (!memberId.equals(userOfChat.get(conversationId))) {
      return Answer.error(404, "MemberNotFoundInConversation", "Member not found in conversation.");
    }
    return Answer.ok(roster.get(memberId).deepCopy());
  }

  boolean hasConversation(String conversationId) {
    return activities.containsKey(conversationId);
  }

  Optional<String> conversationOf(String userId) {
    return Optional.ofNullable(chatOfUser.get(userId));
  }

  /** The conversation's activities as they read now, oldest first; deleted ones are gone. */
  List<JsonObject> activities(String conversationId) {
    List<JsonObject> now = new ArrayList<>();
    activities.getOrDefault(conversationId, Map.of()).values().forEach(a -> now.add(a.deepCopy()));
    return now;
  }

  /** Like {@code a:1uXeJCh8pszLr03e8EayFzty_vd2rgcCk...}, the form of Teams' personal chat ids. */
  private String newConversationId() {
    StringBuilder id = new StringBuilder("a:1");
    for (int i = 0; i < 60; i++) {
      id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
    }
    return id.toString();
  }

  private static JsonObject idAnswer(String id) {
    JsonObject answer = new JsonObject();
    answer.addProperty("id", id);
    return answer;
  }

  private static Answer conversationNotFound() {
    return Answer.error(404, "ConversationNotFound", "Conversation not found.");
  }

  /** Teams' own wording for this code is the same as for a missing conversation. */
  private static Answer activityNotFound() {
    return Answer.error(404, "ActivityNotFoundInConversation", "Conversation not found.");
  }
}
