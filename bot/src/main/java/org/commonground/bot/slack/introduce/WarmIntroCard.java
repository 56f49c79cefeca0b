package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonground.bot.core.introduce.WarmIntroContent;
import org.commonground.bot.core.introduce.WarmIntroState;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.storage.members.Profile;

/**
 * The DM each of the two people in a warm introduction gets: who suggested it and why, the other
 * person's card, and <b>Yes, introduce us</b> / <b>No thanks</b>, which an answer replaces with a
 * note. Built from stored data every time, never from a clicked message.
 */
public final class WarmIntroCard {

  public static final String YES_ACTION = "warm_intro_yes";
  public static final String NO_ACTION = "warm_intro_no";

  /** The block of the two buttons, which an answer replaces with a note. */
  static final String ANSWER_BLOCK = "warm_intro_answer";

  public static final String LAPSED_FALLBACK = "Your warm introduction has lapsed";

  static final String TOLD_EACH_OTHER_NOTE =
      ":tada: You both said yes: we've sent each of you the other's details, so you can get in"
          + " touch.";

  static final String INTRODUCED_NOTE =
      ":tada: You both said yes: we've started a group DM for the three of you.";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private WarmIntroCard() {}

  static String fallbackText(WarmIntroContent c) {
    return (c.suggesterId() == null ? "A member" : Markup.mention(c.suggesterId()))
        + " suggested you meet "
        + otherName(c);
  }

  static List<LayoutBlock> blocks(WarmIntroContent c) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(opening(c)))));
    if (c.note() != null && !c.note().isBlank()) {
      blocks.add(section(s -> s.text(markdownText(WarmIntroGroupDm.quote(c.note())))));
    }
    if (c.other() != null) {
      blocks.add(section(s -> s.text(markdownText(card(c.recipient(), c.other())))));
    }
    if (c.state() == WarmIntroState.ASKED) {
      blocks.add(buttons(c.introId()));
      blocks.add(context(List.of(markdownText(note(c)))));
    } else {
      blocks.add(context(x -> x.blockId(ANSWER_BLOCK).elements(List.of(markdownText(note(c))))));
    }
    return blocks;
  }

  private static String opening(WarmIntroContent c) {
    String who =
        c.suggesterId() == null
            ? "Someone who has since left Common Ground"
            : Markup.mention(c.suggesterId());
    return ":handshake: " + who + " thinks you and " + otherName(c) + " should meet:";
  }

  /** The other person as the digest shows a match, from the recipient's side. */
  private static String card(Profile recipient, Profile other) {
    return DigestMessage.MatchText.describe(
        other,
        WarmIntroContent.common(recipient.challenges(), other.challenges()),
        WarmIntroContent.common(other.offers(), recipient.asks()),
        WarmIntroContent.common(recipient.offers(), other.asks()));
  }

  private static LayoutBlock buttons(long introId) {
    String value = Long.toString(introId);
    return actions(
        a ->
            a.blockId(ANSWER_BLOCK)
                .elements(
                    List.of(
                        button(
                            b ->
                                b.actionId(YES_ACTION)
                                    .text(plainText("Yes, introduce us"))
                                    .style("primary")
                                    .value(value)),
                        button(
                            b ->
                                b.actionId(NO_ACTION).text(plainText("No thanks")).value(value)))));
  }

  private static String howItWorks(WarmIntroContent c) {
    return "Only if you both say yes by "
        + DAY.format(c.answerBy())
        + " will we start a group DM for the three of you. *No thanks* is private: nobody is told,"
        + " and the suggestion simply lapses.";
  }

  private static String note(WarmIntroContent c) {
    return switch (c.state()) {
      case SAID_YES ->
          ":raised_hands: You said yes. If "
              + otherName(c)
              + " says yes too by "
              + DAY.format(c.answerBy())
              + ", we'll start a group DM for the three of you; if not, the suggestion simply"
              + " lapses.";
      case SAID_NO -> WarmIntroWords.SAID_NO_NOTE;
      case INTRODUCED -> INTRODUCED_NOTE;
      case TOLD_EACH_OTHER -> TOLD_EACH_OTHER_NOTE;
      case ASKED -> howItWorks(c);
      case LAPSED -> WarmIntroWords.LAPSED_NOTE;
    };
  }

  private static String otherName(WarmIntroContent c) {
    return c.other() == null ? WarmIntroWords.SINCE_LEFT : Markup.mention(c.other().userId());
  }
}
