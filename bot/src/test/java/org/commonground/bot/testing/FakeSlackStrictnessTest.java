package org.commonground.bot.testing;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake Slack refuses what Slack refuses, in Slack's words, and accepts what Slack accepts: the
 * guarantee every other test leans on.
 */
class FakeSlackStrictnessTest {

  private static final String DETAIL =
      "Your name, organisation, role, place, challenges and what you're working on are shown to"
          + " members you're matched with and to the network's admins.";

  private final FakeSlack fake = new FakeSlack();
  private final Slack slack = slack(fake);
  private final MethodsClient client = slack.methods("xoxb-0000-test-token");

  @AfterEach
  void close() throws Exception {
    slack.close();
    fake.takeRefusals();
    fake.close();
  }

  @Test
  void aConsentOptionWithTheWholeNoticeAsItsDescriptionIsRefusedAsSlackRefusesIt()
      throws Exception {
    List<LayoutBlock> blocks = new ArrayList<>(Collections.nCopies(11, divider()));
    OptionObject agreed =
        OptionObject.builder()
            .text(plainText("I agree to share my profile with the people I'm matched with"))
            .description(plainText(DETAIL))
            .value("agreed")
            .build();
    blocks.add(
        input(
            i ->
                i.blockId("consent")
                    .label(plainText("Consent"))
                    .element(
                        checkboxes(c -> c.actionId("consent_check").options(List.of(agreed))))));

    client.viewsOpen(r -> r.triggerId(TriggerIds.issue()).view(modal(blocks)));

    assertThat(JsonParser.parseString(lastAnswer("views.open")))
        .isEqualTo(JsonParser.parseString(Samples.text("error.invalid_arguments.views_open.json")));
    assertThat(fake.takeRefusals()).hasSize(1);
  }

  @Test
  void aSectionOverItsLimitInAMessageIsRefusedAsInvalidBlocks() throws Exception {
    List<LayoutBlock> blocks =
        List.of(
            header(h -> h.text(plainText("Digest"))),
            divider(),
            section(s -> s.text(markdownText("fine"))),
            section(s -> s.text(markdownText("x".repeat(3001)))));

    client.chatPostMessage(r -> r.channel("U0123MEMBER").text("digest").blocks(blocks));

    assertThat(JsonParser.parseString(lastAnswer("chat.postMessage")))
        .isEqualTo(
            JsonParser.parseString(Samples.text("error.invalid_blocks.chat_postMessage.json")));
  }

  @Test
  void eachLimitIsNamedWithItsPointer() throws Exception {
    LayoutBlock longButton =
        actions(
            a ->
                a.elements(List.of(button(b -> b.actionId("go").text(plainText("x".repeat(76)))))));
    LayoutBlock longInput =
        input(
            i ->
                i.blockId("a")
                    .label(plainText("A"))
                    .element(plainTextInput(p -> p.actionId("a").maxLength(3001))));

    assertRefused(
        post(Collections.nCopies(51, divider())),
        "[ERROR] no more than 50 items allowed [json-pointer:/blocks]");
    assertRefused(
        post(List.of(longButton)),
        "[ERROR] must be less than 76 characters"
            + " [json-pointer:/blocks/0/elements/0/text/text]");
    assertRefused(
        open(Collections.nCopies(101, divider())),
        "[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]");
    assertRefused(
        open(List.of(tooManyOptions())),
        "[ERROR] no more than 100 items allowed [json-pointer:/view/blocks/0/element/options]");
    assertRefused(
        open(List.of(longInput, divider())),
        "[ERROR] must be less than 3001 [json-pointer:/view/blocks/0/element/max_length]");
    assertRefused(
        open(
            List.of(
                section(s -> s.blockId("x").text(plainText("a"))),
                section(s -> s.blockId("x").text(plainText("b"))))),
        "[ERROR] duplicate block_id [json-pointer:/view/blocks/1/block_id]");
    assertThat(fake.takeRefusals()).hasSize(6);
  }

  @Test
  void aFieldSlackDoesNotAllowThereIsRefused() throws Exception {
    String blocks =
        "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"a\"},\"hint\":1}]";

    client.chatPostMessage(r -> r.channel("C1").text("t").blocksAsString(blocks));

    assertThat(lastAnswer("chat.postMessage"))
        .contains("failed to match all allowed schemas [json-pointer:/blocks/0/hint]");
    assertThat(fake.takeRefusals()).hasSize(1);
  }

  @Test
  void messageTextOverFortyThousandCharactersIsTooLong() throws Exception {
    SlackApiTextResponse response =
        client.chatPostMessage(r -> r.channel("C1").text("x".repeat(40_001)));

    assertThat(response.getError()).isEqualTo("msg_too_long");
    assertThat(client.chatPostMessage(r -> r.channel("C1").text("x".repeat(40_000))).isOk())
        .isTrue();
  }

  @Test
  void anUpdateChangesOnlyAMessageThatExistsInTheChannelNamed() throws Exception {
    var posted = client.chatPostMessage(r -> r.channel("U0ALICE").text("Hello"));
    String ts = posted.getTs();

    assertThat(client.chatUpdate(r -> r.channel("U0ALICE").ts(ts).text("Bye")).getError())
        .isEqualTo("channel_not_found");
    assertThat(client.chatUpdate(r -> r.channel("D0ALICE").ts("1.000001").text("Bye")).getError())
        .isEqualTo("message_not_found");
    assertThat(client.chatUpdate(r -> r.channel("D0ALICE").ts(ts).text("Bye")).isOk()).isTrue();
    assertThat(fake.message(new FakeSlack.Landed("D0ALICE", ts)).get("text").getAsString())
        .isEqualTo("Bye");
    assertThat(fake.takeRefusals()).hasSize(2);
  }

  @Test
  void aTriggerIdOpensOneModalWithinThreeSeconds() throws Exception {
    String trigger = TriggerIds.issue();
    View view = modal(List.of(section(s -> s.text(plainText("hello")))));

    assertThat(client.viewsOpen(r -> r.triggerId(trigger).view(view)).isOk()).isTrue();
    assertThat(client.viewsOpen(r -> r.triggerId(trigger).view(view)).getError())
        .isEqualTo("trigger_exchanged");
    assertThat(client.viewsOpen(r -> r.triggerId("1.2.3").view(view)).getError())
        .isEqualTo("invalid_trigger_id");
    assertThat(TriggerIds.exchange(TriggerIds.issue(), System.nanoTime() + 3_100_000_000L))
        .contains("expired_trigger_id");
  }

  @Test
  void aModalAtEveryLimitIsAccepted() throws Exception {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("h".repeat(150)))));
    blocks.add(section(s -> s.text(markdownText("s".repeat(3000)))));
    blocks.add(
        input(
            i ->
                i.blockId("b".repeat(255))
                    .label(plainText("l".repeat(2000)))
                    .hint(plainText("h".repeat(2000)))
                    .element(
                        staticSelect(
                            s ->
                                s.actionId("a".repeat(255))
                                    .placeholder(plainText("p".repeat(150)))
                                    .options(options(100))))));
    blocks.addAll(Collections.nCopies(97, divider()));

    SlackApiTextResponse response =
        client.viewsOpen(r -> r.triggerId(TriggerIds.issue()).view(modal(blocks)));

    assertThat(response.isOk()).as(lastAnswer("views.open")).isTrue();
  }

  /** Posts a message of {@code blocks}; returns the method called, for {@link #assertRefused}. */
  private String post(List<LayoutBlock> blocks) throws Exception {
    client.chatPostMessage(r -> r.channel("C1").text("t").blocks(blocks));
    return "chat.postMessage";
  }

  /** Opens a modal of {@code blocks}; returns the method called, for {@link #assertRefused}. */
  private String open(List<LayoutBlock> blocks) throws Exception {
    client.viewsOpen(r -> r.triggerId(TriggerIds.issue()).view(modal(blocks)));
    return "views.open";
  }

  private void assertRefused(String method, String message) {
    JsonObject answer = JsonParser.parseString(lastAnswer(method)).getAsJsonObject();
    assertThat(answer.get("ok").getAsBoolean()).isFalse();
    assertThat(answer.getAsJsonObject("response_metadata").getAsJsonArray("messages").toString())
        .contains(JsonParser.parseString("\"" + message.replace("\"", "\\\"") + "\"").toString());
  }

  private String lastAnswer(String method) {
    return fake.lastAnswer(method);
  }

  private static LayoutBlock tooManyOptions() {
    return input(
        i ->
            i.blockId("pick")
                .label(plainText("Pick"))
                .element(staticSelect(s -> s.actionId("pick").options(options(101)))));
  }

  private static List<OptionObject> options(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            n ->
                OptionObject.builder()
                    .text(plainText(("option " + n + " ").repeat(10).substring(0, 75)))
                    .value(Integer.toString(n).repeat(150).substring(0, 150))
                    .build())
        .toList();
  }

  private static View modal(List<LayoutBlock> blocks) {
    return Views.view(
        v ->
            v.type("modal")
                .title(Views.viewTitle(t -> t.type("plain_text").text("Introduce yourself")))
                .submit(Views.viewSubmit(t -> t.type("plain_text").text("Save")))
                .blocks(blocks));
  }

  private static Slack slack(FakeSlack fake) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    return Slack.getInstance(config);
  }
}
