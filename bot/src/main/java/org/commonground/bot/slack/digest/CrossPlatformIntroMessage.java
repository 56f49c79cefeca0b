package org.commonground.bot.slack.digest;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.digest.ConversationStarter;
import org.commonground.bot.core.digest.CrossPlatformIntro;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.digest.CrossPlatformIntro.Partner;
import org.commonground.bot.core.views.Markup;

/**
 * The Slack DM introducing a member to a match who is on Microsoft Teams, which no Slack
 * conversation can hold: who they are, their work email, a link that starts a Teams chat with them,
 * and the conversation starter. A warm introduction adds the suggester's note.
 */
public final class CrossPlatformIntroMessage {

  /** The link button's action: Slack sends it on a click, and it only needs acknowledging. */
  public static final String CHAT_ACTION = "cross_platform_chat";

  private CrossPlatformIntroMessage() {}

  /**
   * @param youSaidYesFirst whether the reader said yes first, and so is asked to suggest a time
   */
  public static List<LayoutBlock> blocks(
      Partner partner, List<String> sharedChallenges, boolean youSaidYesFirst, Occasion occasion) {
    String name = Markup.escape(partner.name());
    String shared =
        sharedChallenges.isEmpty()
            ? "what you can offer each other"
            : Markup.inWords(
                sharedChallenges.stream().map(c -> "*" + Markup.escape(c) + "*").toList());
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
            + Markup.escape(partner.role())
            + ", "
            + Markup.escape(partner.organisation())
            + "\n• Work email: "
            + Markup.escape(partner.workEmail())
            + "\n"
            + (youSaidYesFirst
                ? "You "
                    + Markup.escape(ConversationStarter.askForACall(sharedChallenges))
                        .substring("you".length())
                : CrossPlatformIntro.theySuggestATime(name));
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(fit(text)))));
    if (!occasion.note().isBlank()) {
      String quoted = "> " + Markup.escape(occasion.note()).replace("\n", "\n> ");
      blocks.add(section(s -> s.text(markdownText(fit(quoted)))));
    }
    blocks.add(
        actions(
            a ->
                a.elements(
                    List.of(
                        button(
                            b ->
                                b.text(plainText(CrossPlatformIntro.CHAT_IN_TEAMS))
                                    .url(partner.chatUrl())
                                    .actionId(CHAT_ACTION))))));
    return blocks;
  }

  private static String fit(String mrkdwn) {
    return Markup.truncateMarkup(mrkdwn, Markup.PARAGRAPH_LIMIT);
  }
}
