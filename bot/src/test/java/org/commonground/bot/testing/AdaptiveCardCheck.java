package org.commonground.bot.testing;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.bot.testing.CardSchema.Kind;

/**
 * Checks an Adaptive Card, or a message activity carrying one, the way Teams would take it, and
 * names the JSON pointer of every bad property. A card this accepts is one Teams draws as meant.
 *
 * <table>
 *   <caption>The limits, and where each comes from</caption>
 *   <tr><th>rule</th><th>source</th></tr>
 *   <tr><td>{@code version} at most 1.5</td><td>Teams renders Adaptive Cards up to 1.5; Universal
 *       Actions need 1.5 (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/
 *       universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards)</td></tr>
 *   <tr><td>only known element and action types; no unknown properties; each property of its type
 *       (booleans, strings, positive {@code maxLength}, objects)</td><td>adaptivecards.io/schemas/
 *       1.5.0/adaptive-card.json ({@code additionalProperties: false} on every type)</td></tr>
 *   <tr><td>required: TextBlock {@code text}, Input {@code id}, ChoiceSet {@code choices} with
 *       {@code title} and {@code value}, Toggle {@code title}, FactSet {@code facts} with {@code
 *       title} and {@code value}, Container {@code items}, ActionSet {@code actions}, OpenUrl
 *       {@code url}</td><td>the same schema's {@code required} lists</td></tr>
 *   <tr><td>Action.Execute and Action.Submit have a {@code title}; their {@code data} is an
 *       object</td><td>Teams shows an untitled button blank; Teams' invoke carries {@code data}
 *       merged with the inputs, which only an object can be (Universal Actions, as above)</td></tr>
 *   <tr><td>Action.OpenUrl {@code url} absolute http(s)</td><td>Teams opens only web links from a
 *       card (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/
 *       cards-actions)</td></tr>
 *   <tr><td>every input has a non-empty {@code label}</td><td>Adaptive Cards input validation and
 *       accessibility: screen readers announce the label (learn.microsoft.com/adaptive-cards/
 *       authoring-cards/input-validation)</td></tr>
 *   <tr><td>{@code isRequired} inputs have an {@code errorMessage}</td><td>the same page: the
 *       message is what a person is told when they leave the field empty</td></tr>
 *   <tr><td>ids unique within a card</td><td>the schema's {@code id}: "a unique identifier";
 *       inputs are sent keyed by id, so two would overwrite each other</td></tr>
 *   <tr><td>{@code choices.data} is a {@code Data.Query} with a {@code dataset}</td><td>Teams'
 *       typeahead (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/
 *       dynamic-search)</td></tr>
 *   <tr><td>at most {@value #MOST_ACTIONS} top-level actions</td><td>Teams shows at most six
 *       (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format)</td>
 *       </tr>
 *   <tr><td>the activity at most {@value #MOST_BYTES} bytes as JSON</td><td>"the message size limit
 *       is about 28 KB", refused with {@code MessageSizeTooBig} / "Request Entity too large"
 *       (learn.microsoft.com/connectors/teams); bots' own limit has been given as 40 KB and 100 KB
 *       counted in UTF-16, so 28 KB is the one every route takes</td></tr>
 * </table>
 */
public final class AdaptiveCardCheck {

  static final int MOST_ACTIONS = 6;
  static final int MOST_BYTES = 28_000;
  static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  /** Serialised as a Bot Framework client would send it, {@code <} and {@code &} escaped. */
  private static final Gson WIRE = new Gson();

  private final List<String> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private AdaptiveCardCheck() {}

  /** Every problem of {@code activity}, each as "json-pointer: what is wrong"; empty if none. */
  public static List<String> activityProblems(JsonObject activity) {
    AdaptiveCardCheck check = new AdaptiveCardCheck();
    check.activity(activity);
    return check.problems;
  }

  public static List<String> cardProblems(JsonObject card) {
    AdaptiveCardCheck check = new AdaptiveCardCheck();
    check.card(card, "");
    return check.problems;
  }

  /** Fails, listing every problem, unless Teams would take {@code activity}. */
  public static void assertAccepted(JsonObject activity) {
    List<String> problems = activityProblems(activity);
    if (!problems.isEmpty()) {
      throw new AssertionError("Teams would refuse this message:\n" + String.join("\n", problems));
    }
  }

  private void activity(JsonObject activity) {
    int bytes = WIRE.toJson(activity).getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MOST_BYTES) {
      problems.add(": MessageSizeTooBig, " + bytes + " bytes (at most " + MOST_BYTES + ")");
    }
    if (!"message".equals(string(activity, "type"))) {
      problems.add("/type: must be \"message\"");
    }
    JsonElement attachments = activity.get("attachments");
    if (attachments == null) {
      text(activity);
      return;
    }
    if (!attachments.isJsonArray()) {
      problems.add("/attachments: must be an array");
      return;
    }
    for (int i = 0; i < attachments.getAsJsonArray().size(); i++) {
      attachment(attachments.getAsJsonArray().get(i), "/attachments/" + i);
    }
  }

  /** A message without a card must say something: Teams refuses an empty one. */
  private void text(JsonObject activity) {
    String text = string(activity, "text");
    if (text == null || text.isBlank()) {
      problems.add("/text: a message without attachments needs text");
    }
    String format = string(activity, "textFormat");
    if (format != null && !List.of("markdown", "plain", "xml").contains(format)) {
      problems.add("/textFormat: must be markdown, plain or xml");
    }
  }

  private void attachment(JsonElement element, String path) {
    if (!element.isJsonObject()) {
      problems.add(path + ": must be an object");
      return;
    }
    JsonObject attachment = element.getAsJsonObject();
    if (!CARD_CONTENT_TYPE.equals(string(attachment, "contentType"))) {
      problems.add(path + "/contentType: must be " + CARD_CONTENT_TYPE);
    } else if (attachment.get("content") == null || !attachment.get("content").isJsonObject()) {
      problems.add(path + "/content: must be an Adaptive Card");
    } else {
      card(attachment.getAsJsonObject("content"), path + "/content");
    }
  }

  private void card(JsonObject card, String path) {
    if (!"AdaptiveCard".equals(string(card, "type"))) {
      problems.add(path + "/type: must be \"AdaptiveCard\"");
    }
    version(card, path);
    properties(card, CardSchema.CARD, path);
    JsonElement actions = card.get("actions");
    if (actions != null
        && actions.isJsonArray()
        && actions.getAsJsonArray().size() > MOST_ACTIONS) {
      problems.add(
          path
              + "/actions: "
              + actions.getAsJsonArray().size()
              + " actions, Teams shows at most "
              + MOST_ACTIONS);
    }
  }

  private void version(JsonObject card, String path) {
    String version = string(card, "version");
    if (version == null || !version.matches("\\d+\\.\\d+")) {
      problems.add(path + "/version: must be a version such as \"1.5\"");
      return;
    }
    String[] parts = version.split("\\.");
    int major = Integer.parseInt(parts[0]);
    if (major > 1 || (major == 1 && Integer.parseInt(parts[1]) > 5)) {
      problems.add(path + "/version: " + version + " is newer than 1.5, which Teams renders");
    }
  }

  private void typed(JsonElement element, Map<String, CardSchema.Type> types, String path) {
    if (!element.isJsonObject()) {
      problems.add(path + ": must be an object");
      return;
    }
    JsonObject object = element.getAsJsonObject();
    String type = string(object, "type");
    CardSchema.Type rule = type == null ? null : types.get(type);
    if (rule == null) {
      problems.add(path + "/type: unknown type " + object.get("type"));
      return;
    }
    rule.required().stream()
        .filter(name -> !object.has(name))
        .forEach(name -> problems.add(path + "/" + name + ": " + type + " requires it"));
    properties(object, rule.properties(), path);
    inputRules(object, type, path);
    uniqueId(object, path);
  }

  private void inputRules(JsonObject object, String type, String path) {
    if (type.startsWith("Input.") && blank(object, "label")) {
      problems.add(path + "/label: an input needs a label, which screen readers announce");
    }
    JsonElement required = object.get("isRequired");
    if (required != null
        && required.equals(new JsonPrimitive(true))
        && blank(object, "errorMessage")) {
      problems.add(path + "/errorMessage: a required input needs one");
    }
    if (type.equals("Action.Execute") || type.equals("Action.Submit")) {
      if (blank(object, "title")) {
        problems.add(path + "/title: a button needs a title");
      }
    }
  }

  private void uniqueId(JsonObject object, String path) {
    JsonElement id = object.get("id");
    if (id != null && id.isJsonPrimitive() && !ids.add(id.getAsString())) {
      problems.add(path + "/id: \"" + id.getAsString() + "\" is used twice in the card");
    }
  }

  private void properties(JsonObject object, Map<String, Kind> allowed, String path) {
    for (Map.Entry<String, JsonElement> property : object.entrySet()) {
      String at = path + "/" + property.getKey();
      Kind kind = allowed.get(property.getKey());
      if (kind == null) {
        problems.add(at + ": unknown property");
      } else {
        value(property.getValue(), kind, at);
      }
    }
  }

  private void value(JsonElement value, Kind kind, String at) {
    switch (kind) {
      case STRING -> expect(isString(value), at, "a string");
      case BOOLEAN ->
          expect(isPrimitive(value) && value.getAsJsonPrimitive().isBoolean(), at, "a boolean");
      case NUMBER -> expect(isNumber(value), at, "a number");
      case POSITIVE_INTEGER -> expect(isPositiveInteger(value), at, "a positive integer");
      case URL ->
          expect(isString(value) && isWebUrl(value.getAsString()), at, "an absolute http(s) URL");
      case OBJECT -> expect(value.isJsonObject(), at, "an object");
      case ELEMENTS -> each(value, at, (e, p) -> typed(e, CardSchema.ELEMENTS, p));
      case ACTIONS -> each(value, at, (e, p) -> typed(e, CardSchema.ACTIONS, p));
      case COLUMNS -> each(value, at, (e, p) -> typed(e, CardSchema.ELEMENTS, p));
      case ACTION -> typed(value, CardSchema.ACTIONS, at);
      case CHOICES -> each(value, at, (e, p) -> pairs(e, p, "title", "value"));
      case FACTS -> each(value, at, (e, p) -> pairs(e, p, "title", "value"));
      case DATA_QUERY -> dataQuery(value, at);
      case ANY -> {}
    }
  }

  private void pairs(JsonElement element, String path, String first, String second) {
    if (!element.isJsonObject()) {
      problems.add(path + ": must be an object");
      return;
    }
    properties(element.getAsJsonObject(), Map.of(first, Kind.STRING, second, Kind.STRING), path);
    for (String name : List.of(first, second)) {
      if (!element.getAsJsonObject().has(name)) {
        problems.add(path + "/" + name + ": required");
      }
    }
  }

  private void dataQuery(JsonElement value, String at) {
    if (!value.isJsonObject()) {
      problems.add(at + ": must be a Data.Query object");
      return;
    }
    JsonObject query = value.getAsJsonObject();
    properties(
        query,
        Map.of(
            "type",
            Kind.STRING,
            "dataset",
            Kind.STRING,
            "count",
            Kind.POSITIVE_INTEGER,
            "skip",
            Kind.NUMBER),
        at);
    if (!"Data.Query".equals(string(query, "type"))) {
      problems.add(at + "/type: must be \"Data.Query\"");
    }
    if (blank(query, "dataset")) {
      problems.add(at + "/dataset: required, the data set Teams names in its search invoke");
    }
  }

  private interface Walk {
    void at(JsonElement element, String path);
  }

  private void each(JsonElement value, String at, Walk walk) {
    if (!value.isJsonArray()) {
      problems.add(at + ": must be an array");
      return;
    }
    JsonArray array = value.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      walk.at(array.get(i), at + "/" + i);
    }
  }

  private void expect(boolean ok, String at, String what) {
    if (!ok) {
      problems.add(at + ": must be " + what);
    }
  }

  private static boolean isPrimitive(JsonElement value) {
    return value.isJsonPrimitive();
  }

  private static boolean isString(JsonElement value) {
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  private static boolean isNumber(JsonElement value) {
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
  }

  private static boolean isPositiveInteger(JsonElement value) {
    if (!isNumber(value)) {
      return false;
    }
    double number = value.getAsDouble();
    return number >= 1 && number == Math.rint(number);
  }

  private static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && isString(value) ? value.getAsString() : null;
  }

  private static boolean blank(JsonObject object, String name) {
    String value = string(object, name);
    return value == null || value.isBlank();
  }
}
