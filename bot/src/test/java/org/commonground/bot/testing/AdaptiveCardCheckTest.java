package org.commonground.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The checker refuses each thing Teams refuses, naming where it is, and accepts a good card. */
class AdaptiveCardCheckTest {

  private static final String GOOD =
      """
      {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
       "content":{"type":"AdaptiveCard","version":"1.5","body":[
        {"type":"TextBlock","text":"Hello","wrap":true},
        {"type":"Input.Text","id":"role","label":"Role","maxLength":150,
         "isRequired":true,"errorMessage":"Please tell us your role."},
        {"type":"Input.ChoiceSet","id":"tags","label":"Tags","choices":[{"title":"A","value":"1"}],
         "choices.data":{"type":"Data.Query","dataset":"tags"}},
        {"type":"FactSet","facts":[{"title":"Role","value":"Lead"}]}],
       "actions":[{"type":"Action.Execute","title":"Save","verb":"save","data":{}},
        {"type":"Action.OpenUrl","title":"Read","url":"https://example.org/"}]}}]}
      """;

  @Test
  void acceptsAGoodCard() {
    assertThat(AdaptiveCardCheck.activityProblems(good())).isEmpty();
  }

  @Test
  void refusesANewerVersion() {
    assertRefused(card -> card.addProperty("version", "1.6"), "/content/version");
  }

  @Test
  void refusesAnUnknownType() {
    assertRefused(card -> body(card, 0).addProperty("type", "Carousel"), "/body/0/type");
  }

  @Test
  void refusesAMisspeltProperty() {
    assertRefused(card -> body(card, 1).addProperty("lable", "Role"), "/body/1/lable");
  }

  @Test
  void refusesAMissingRequiredProperty() {
    assertRefused(card -> body(card, 0).remove("text"), "/body/0/text");
  }

  @Test
  void refusesAnInputWithoutALabel() {
    assertRefused(card -> body(card, 1).remove("label"), "/body/1/label");
  }

  @Test
  void refusesARequiredInputWithoutAnErrorMessage() {
    assertRefused(card -> body(card, 1).remove("errorMessage"), "/body/1/errorMessage");
  }

  @Test
  void refusesAWrongValueType() {
    assertRefused(card -> body(card, 0).addProperty("wrap", "true"), "/body/0/wrap");
    assertRefused(card -> body(card, 1).addProperty("maxLength", 0), "/body/1/maxLength");
  }

  @Test
  void refusesADuplicateId() {
    assertRefused(card -> body(card, 2).addProperty("id", "role"), "/body/2/id");
  }

  @Test
  void refusesAChoiceWithoutAValueAndAFactWithoutATitle() {
    assertRefused(
        card -> body(card, 2).getAsJsonArray("choices").get(0).getAsJsonObject().remove("value"),
        "/body/2/choices/0/value");
    assertRefused(
        card -> body(card, 3).getAsJsonArray("facts").get(0).getAsJsonObject().remove("title"),
        "/body/3/facts/0/title");
  }

  @Test
  void refusesATypeaheadWithoutADataset() {
    assertRefused(
        card -> body(card, 2).getAsJsonObject("choices.data").remove("dataset"),
        "/body/2/choices.data/dataset");
  }

  @Test
  void refusesAButtonWithoutATitleOrWithDataNotAnObject() {
    assertRefused(card -> action(card, 0).remove("title"), "/actions/0/title");
    assertRefused(card -> action(card, 0).addProperty("data", "x"), "/actions/0/data");
  }

  @Test
  void refusesALinkThatIsNotAbsoluteHttp() {
    assertRefused(
        card -> action(card, 1).addProperty("url", "javascript:alert(1)"), "/actions/1/url");
    assertRefused(card -> action(card, 1).addProperty("url", "/relative"), "/actions/1/url");
  }

  @Test
  void refusesMoreThanSixActions() {
    assertRefused(
        card -> {
          for (int i = 0; i < 5; i++) {
            card.getAsJsonArray("actions").add(action(card, 1).deepCopy());
          }
        },
        "/content/actions: 7 actions");
  }

  @Test
  void refusesAMessageOver28000Bytes() {
    assertRefused(
        card -> body(card, 0).addProperty("text", "x".repeat(28_000)), "MessageSizeTooBig");
  }

  private static void assertRefused(Consumer<JsonObject> spoil, String named) {
    JsonObject activity = good();
    spoil.accept(content(activity));
    assertThat(AdaptiveCardCheck.activityProblems(activity)).anyMatch(p -> p.contains(named));
  }

  private static JsonObject good() {
    return JsonParser.parseString(GOOD).getAsJsonObject();
  }

  private static JsonObject content(JsonObject activity) {
    return activity
        .getAsJsonArray("attachments")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("content");
  }

  private static JsonObject body(JsonObject card, int i) {
    return card.getAsJsonArray("body").get(i).getAsJsonObject();
  }

  private static JsonObject action(JsonObject card, int i) {
    return card.getAsJsonArray("actions").get(i).getAsJsonObject();
  }
}
