package org.commonground.bot.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Adaptive Card 1.5 types the app's cards may use, with the properties each may have and of
 * what kind, after the schema at adaptivecards.io/schemas/1.5.0/adaptive-card.json. Required
 * properties are the schema's, plus those Teams needs to be usable ({@link AdaptiveCardCheck}).
 */
final class CardSchema {

  /** What a property's value must be. */
  enum Kind {
    STRING,
    BOOLEAN,
    POSITIVE_INTEGER,
    NUMBER,
    URL,
    ELEMENTS,
    ACTIONS,
    ACTION,
    CHOICES,
    FACTS,
    COLUMNS,
    DATA_QUERY,
    OBJECT,
    ANY
  }

  /** One type: what it must have and what it may have. */
  record Type(Set<String> required, Map<String, Kind> properties) {}

  static final Map<String, Type> ELEMENTS = new HashMap<>();
  static final Map<String, Type> ACTIONS = new HashMap<>();
  static final Map<String, Kind> CARD = new HashMap<>();

  private static final Map<String, Kind> ELEMENT =
      Map.of(
          "type", Kind.STRING,
          "id", Kind.STRING,
          "isVisible", Kind.BOOLEAN,
          "separator", Kind.BOOLEAN,
          "spacing", Kind.STRING,
          "height", Kind.STRING,
          "fallback", Kind.ANY,
          "requires", Kind.OBJECT);

  private static final Map<String, Kind> INPUT =
      Map.of(
          "label", Kind.STRING,
          "isRequired", Kind.BOOLEAN,
          "errorMessage", Kind.STRING);

  private static final Map<String, Kind> ACTION =
      Map.of(
          "type", Kind.STRING,
          "title", Kind.STRING,
          "id", Kind.STRING,
          "iconUrl", Kind.URL,
          "style", Kind.STRING,
          "tooltip", Kind.STRING,
          "isEnabled", Kind.BOOLEAN,
          "mode", Kind.STRING,
          "fallback", Kind.ANY,
          "requires", Kind.OBJECT);

  static {
    CARD.putAll(
        Map.ofEntries(
            Map.entry("type", Kind.STRING),
            Map.entry("$schema", Kind.STRING),
            Map.entry("version", Kind.STRING),
            Map.entry("body", Kind.ELEMENTS),
            Map.entry("actions", Kind.ACTIONS),
            Map.entry("fallbackText", Kind.STRING),
            Map.entry("msteams", Kind.OBJECT),
            Map.entry("selectAction", Kind.ACTION),
            Map.entry("minHeight", Kind.STRING),
            Map.entry("verticalContentAlignment", Kind.STRING),
            Map.entry("rtl", Kind.BOOLEAN),
            Map.entry("speak", Kind.STRING),
            Map.entry("lang", Kind.STRING),
            Map.entry("refresh", Kind.OBJECT),
            Map.entry("authentication", Kind.OBJECT),
            Map.entry("metadata", Kind.OBJECT),
            Map.entry("backgroundImage", Kind.ANY)));
    element(
        "TextBlock",
        Set.of("text"),
        Map.of(
            "text", Kind.STRING,
            "color", Kind.STRING,
            "fontType", Kind.STRING,
            "horizontalAlignment", Kind.STRING,
            "isSubtle", Kind.BOOLEAN,
            "maxLines", Kind.POSITIVE_INTEGER,
            "size", Kind.STRING,
            "weight", Kind.STRING,
            "wrap", Kind.BOOLEAN,
            "style", Kind.STRING));
    element("FactSet", Set.of("facts"), Map.of("facts", Kind.FACTS));
    Map<String, Kind> container =
        Map.of(
            "items", Kind.ELEMENTS,
            "selectAction", Kind.ACTION,
            "style", Kind.STRING,
            "verticalContentAlignment", Kind.STRING,
            "bleed", Kind.BOOLEAN,
            "minHeight", Kind.STRING,
            "rtl", Kind.BOOLEAN,
            "backgroundImage", Kind.ANY);
    element("Container", Set.of("items"), container);
    Map<String, Kind> column = new HashMap<>(container);
    column.put("width", Kind.ANY);
    element("Column", Set.of(), column);
    element(
        "ColumnSet",
        Set.of(),
        Map.of(
            "columns", Kind.COLUMNS,
            "selectAction", Kind.ACTION,
            "style", Kind.STRING,
            "bleed", Kind.BOOLEAN,
            "minHeight", Kind.STRING,
            "horizontalAlignment", Kind.STRING));
    element("ActionSet", Set.of("actions"), Map.of("actions", Kind.ACTIONS));
    input(
        "Input.Text",
        Set.of(),
        Map.of(
            "isMultiline", Kind.BOOLEAN,
            "maxLength", Kind.POSITIVE_INTEGER,
            "placeholder", Kind.STRING,
            "regex", Kind.STRING,
            "style", Kind.STRING,
            "inlineAction", Kind.ACTION,
            "value", Kind.STRING));
    input(
        "Input.ChoiceSet",
        Set.of("choices"),
        Map.of(
            "choices", Kind.CHOICES,
            "choices.data", Kind.DATA_QUERY,
            "isMultiSelect", Kind.BOOLEAN,
            "style", Kind.STRING,
            "value", Kind.STRING,
            "placeholder", Kind.STRING,
            "wrap", Kind.BOOLEAN));
    input(
        "Input.Toggle",
        Set.of("title"),
        Map.of(
            "title", Kind.STRING,
            "value", Kind.STRING,
            "valueOn", Kind.STRING,
            "valueOff", Kind.STRING,
            "wrap", Kind.BOOLEAN));
    Map<String, Kind> submit = Map.of("data", Kind.OBJECT, "associatedInputs", Kind.STRING);
    action("Action.Submit", Set.of("title"), submit);
    Map<String, Kind> execute = new HashMap<>(submit);
    execute.put("verb", Kind.STRING);
    action("Action.Execute", Set.of("title"), execute);
    action("Action.OpenUrl", Set.of("url"), Map.of("url", Kind.URL));
  }

  private CardSchema() {}

  private static void element(String type, Set<String> required, Map<String, Kind> own) {
    Map<String, Kind> all = new HashMap<>(ELEMENT);
    all.putAll(own);
    ELEMENTS.put(type, new Type(required, all));
  }

  /** Every input needs an id and, for Teams' screen readers, a label. */
  private static void input(String type, Set<String> required, Map<String, Kind> own) {
    Map<String, Kind> all = new HashMap<>(INPUT);
    all.putAll(own);
    Set<String> needs = new java.util.HashSet<>(required);
    needs.add("id");
    needs.add("label");
    element(type, needs, all);
  }

  private static void action(String type, Set<String> required, Map<String, Kind> own) {
    Map<String, Kind> all = new HashMap<>(ACTION);
    all.putAll(own);
    ACTIONS.put(type, new Type(required, all));
  }
}
