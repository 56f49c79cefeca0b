package org.commonground.bot.digest;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.views.SlackText;

/**
 * The Slack DM introducing a member to a match who is on Microsoft Teams, which no Slack
 * conversation can hold: who they are, their work email, a link that starts a Teams chat with them,
 * and the conversation starter. A warm introduction adds the suggester's note.
 */
public final class CrossPlatformIntroMessage {

  /** The match, as the member is told of them. */
  public record Partner(
      String name, String organisation, String role, String workEmail, String chatUrl) {}

  /**
   * What the two both said yes to, and the note that came with it.
   *
   * @param saidYesTo e.g. "this week's introduction", for "You both said yes to …"
   * @param note the suggester's words, as typed, or empty
   */
  public record Occasion(String saidYesTo, String note) {

    /** A match from the weekly round. */
    public static final Occasion WEEKLY = new Occasion("this week's introduction", "");

    /** A warm introduction someone suggested, with their note. */
    public static Occasion suggested(String note) {
      return new Occasion("the suggestion that you two meet", note == null ? "" : note);
    }
  }

  /** The link button's action: Slack sends it on a click, and it only needs acknowledging. */
  public static final String CHAT_ACTION = "cross_platform_chat";

  private CrossPlatformIntroMessage() {}

  public static String fallbackText(Partner partner) {
    return "You both said yes: meet " + partner.name() + "!";
  }

  /**
   * @param youSaidYesFirst whether the reader said yes first, and so is asked to suggest a time
   */
  public static List<LayoutBlock> blocks(
      Partner partner, List<String> sharedChallenges, boolean youSaidYesFirst, Occasion occasion) {
    String name = SlackText.escape(partner.name());
    String shared =
        sharedChallenges.isEmpty()
            ? "what you can offer each other"
            : SlackText.inWords(
                sharedChallenges.stream().map(c -> "*" + SlackText.escape(c) + "*").toList());
    String text =
        ":wave: *Meet "
            + name
            + "!* You both said yes to "
            + occasion.saidYesTo()
            + ". You have "
            + shared
            + " in common. They're on Microsoft Teams, so start with a Teams chat or an email.\n• "
            + name
            + " – "
            + SlackText.escape(partner.role())
            + ", "
            + SlackText.escape(partner.organisation())
            + "\n• Work email: "
            + SlackText.escape(partner.workEmail())
            + "\n"
            + (youSaidYesFirst
                ? "You "
                    + SlackText.escape(ConversationStarter.askForACall(sharedChallenges))
                        .substring("you".length())
                : name + " said yes first and will suggest a time for a 30-minute call.");
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(fit(text)))));
    if (!occasion.note().isBlank()) {
      String quoted = "> " + SlackText.escape(occasion.note()).replace("\n", "\n> ");
      blocks.add(section(s -> s.text(markdownText(fit(quoted)))));
    }
    blocks.add(
        actions(
            a ->
                a.elements(
                    List.of(
                        button(
                            b ->
                                b.text(plainText("Chat in Teams"))
                                    .url(partner.chatUrl())
                                    .actionId(CHAT_ACTION))))));
    return blocks;
  }

  private static String fit(String mrkdwn) {
    return SlackText.truncateMarkdown(mrkdwn, SlackText.SECTION_TEXT_LIMIT);
  }
}
