package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Requests Slack would never send, made by breaking real ones at random (reproducibly, from a
 * seed): JSON cut short, a field dropped or given the wrong type, an unknown {@code type}, no
 * {@code user}, form fields missing or mangled.
 */
public final class BadPayloads {

  /** One request body and how it is sent. */
  public record Wire(String contentType, String body, String how) {}

  private static final List<Supplier<JsonElement>> WRONG_VALUES =
      List.of(
          () -> new JsonPrimitive(42),
          () -> new JsonPrimitive("x"),
          () -> new JsonPrimitive(true),
          () -> new JsonPrimitive(-1.5),
          JsonArray::new,
          JsonObject::new,
          () -> JsonNull.INSTANCE);

  private final Random random;

  public BadPayloads(long seed) {
    this.random = new Random(seed);
  }

  /** Breaks an interaction payload, sent form-encoded as {@code payload=…}. */
  public Wire interaction(String json) {
    String broken = brokenJson(json);
    return new Wire(
        SignedRequests.FORM,
        "payload=" + URLEncoder.encode(broken, StandardCharsets.UTF_8),
        "interaction " + broken);
  }

  /** Breaks an Events API envelope, sent as JSON. */
  public Wire event(String json) {
    String broken = brokenJson(json);
    return new Wire(SignedRequests.JSON, broken, "event " + broken);
  }

  /** Breaks a slash command's form body. */
  public Wire command(String form) {
    String broken =
        switch (random.nextInt(3)) {
          case 0 -> form.substring(0, 1 + random.nextInt(form.length() - 1));
          case 1 -> withoutField(form);
          default -> withMangledField(form);
        };
    return new Wire(SignedRequests.FORM, broken, "command " + broken);
  }

  private String brokenJson(String json) {
    JsonObject tree = JsonParser.parseString(json).getAsJsonObject();
    return switch (random.nextInt(5)) {
      case 0 -> json.substring(0, 1 + random.nextInt(json.length() - 1));
      case 1 -> dropOne(tree).toString();
      case 2 -> wrongType(tree).toString();
      case 3 -> unknownType(tree).toString();
      default -> withoutUser(tree).toString();
    };
  }

  private JsonObject dropOne(JsonObject tree) {
    Member member = pick(tree);
    member.parent().remove(member.key());
    return tree;
  }

  private JsonObject wrongType(JsonObject tree) {
    Member member = pick(tree);
    member.parent().add(member.key(), WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())).get());
    return tree;
  }

  private static JsonObject unknownType(JsonObject tree) {
    JsonObject target =
        tree.has("event") && tree.get("event").isJsonObject()
            ? tree.getAsJsonObject("event")
            : tree;
    target.addProperty("type", "no_such_type");
    return tree;
  }

  private static JsonObject withoutUser(JsonObject tree) {
    tree.remove("user");
    if (tree.has("event") && tree.get("event").isJsonObject()) {
      tree.getAsJsonObject("event").remove("user");
    }
    return tree;
  }

  private String withoutField(String form) {
    List<String> fields = new ArrayList<>(List.of(form.split("&")));
    fields.remove(random.nextInt(fields.size()));
    return String.join("&", fields);
  }

  private String withMangledField(String form) {
    String[] fields = form.split("&");
    int i = random.nextInt(fields.length);
    String name = fields[i].substring(0, fields[i].indexOf('='));
    String[] values = {"", "%", "%ZZ", "%00%01", "x".repeat(5000), "%F0%9F%92%A9", "a=b=c"};
    fields[i] = name + "=" + values[random.nextInt(values.length)];
    return String.join("&", fields);
  }

  /** A member of some object in the tree, anywhere in it. */
  private record Member(JsonObject parent, String key) {}

  private Member pick(JsonObject tree) {
    List<Member> members = new ArrayList<>();
    collect(tree, members);
    return members.get(random.nextInt(members.size()));
  }

  private static void collect(JsonElement element, List<Member> into) {
    if (element.isJsonObject()) {
      for (var entry : element.getAsJsonObject().entrySet()) {
        into.add(new Member(element.getAsJsonObject(), entry.getKey()));
        collect(entry.getValue(), into);
      }
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(child -> collect(child, into));
    }
  }
}
