package org.commonground.bot.introduce;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonground.bot.digest.DigestMessage;
import org.commonground.bot.views.SlackText;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;

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

  /** Who a card or notice names in place of someone who deleted their profile. */
  public static final String SINCE_LEFT = "someone who has since left";

  public static final String LAPSED_FALLBACK = "Your warm introduction has lapsed";

  public static final String SAID_NO_NOTE =
      ":ok_hand: You said no thanks. Nobody is told: to everyone else the suggestion simply"
          + " lapses, as if you hadn't answered, and we won't suggest you to each other again.";

  static final String TOLD_EACH_OTHER_NOTE =
      ":tada: You both said yes: we've sent each of you the other's details, so you can get in"
          + " touch.";

  static final String INTRODUCED_NOTE =
      ":tada: You both said yes: we've started a group DM for the three of you.";
  public static final String LAPSED_NOTE =
      ":hourglass: This suggestion has lapsed: it didn't come together this time.";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  /** Where the recipient stands: asked, or what they said, or how it ended. */
  public enum State {
    ASKED,
    SAID_YES,
    SAID_NO,
    /** Both said yes and the three are in a group DM. */
    INTRODUCED,
    /** Both said yes, and no chat could hold them both, so each was sent the other's details. */
    TOLD_EACH_OTHER,
    LAPSED
  }

  /**
   * One recipient's card.
   *
   * @param suggesterId who suggested it, or null if they have since left
   * @param recipient who gets this DM
   * @param other the other person, or null if they have since left
   * @param answerBy when the suggestion lapses without two yeses, in the network's zone
   */
  public record Content(
      long introId,
      String suggesterId,
      Profile recipient,
      Profile other,
      String note,
      ZonedDateTime answerBy,
      State state) {}

  private WarmIntroCard() {}

  static String fallbackText(Content c) {
    return (c.suggesterId() == null ? "A member" : SlackText.mention(c.suggesterId()))
        + " suggested you meet "
        + otherName(c);
  }

  static List<LayoutBlock> blocks(Content c) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(opening(c)))));
    if (c.note() != null && !c.note().isBlank()) {
      blocks.add(section(s -> s.text(markdownText(WarmIntroMessage.quote(c.note())))));
    }
    if (c.other() != null) {
      blocks.add(section(s -> s.text(markdownText(card(c.recipient(), c.other())))));
    }
    if (c.state() == State.ASKED) {
      blocks.add(buttons(c.introId()));
      blocks.add(context(List.of(markdownText(note(c)))));
    } else {
      blocks.add(context(x -> x.blockId(ANSWER_BLOCK).elements(List.of(markdownText(note(c))))));
    }
    return blocks;
  }

  private static String opening(Content c) {
    String who =
        c.suggesterId() == null
            ? "Someone who has since left Common Ground"
            : SlackText.mention(c.suggesterId());
    return ":handshake: " + who + " thinks you and " + otherName(c) + " should meet:";
  }

  /** The other person as the digest shows a match, from the recipient's side. */
  private static String card(Profile recipient, Profile other) {
    return DigestMessage.MatchText.describe(
        other,
        common(recipient.challenges(), other.challenges()),
        common(other.offers(), recipient.asks()),
        common(recipient.offers(), other.asks()));
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

  private static String howItWorks(Content c) {
    return "Only if you both say yes by "
        + DAY.format(c.answerBy())
        + " will we start a group DM for the three of you. *No thanks* is private: nobody is told,"
        + " and the suggestion simply lapses.";
  }

  private static String note(Content c) {
    return switch (c.state()) {
      case SAID_YES ->
          ":raised_hands: You said yes. If "
              + otherName(c)
              + " says yes too by "
              + DAY.format(c.answerBy())
              + ", we'll start a group DM for the three of you; if not, the suggestion simply"
              + " lapses.";
      case SAID_NO -> SAID_NO_NOTE;
      case INTRODUCED -> INTRODUCED_NOTE;
      case TOLD_EACH_OTHER -> TOLD_EACH_OTHER_NOTE;
      case ASKED -> howItWorks(c);
      case LAPSED -> LAPSED_NOTE;
    };
  }

  private static String otherName(Content c) {
    return c.other() == null ? SINCE_LEFT : SlackText.mention(c.other().slackUserId());
  }

  /** What the suggester is told when the suggestion lapsed, naming the two as their app can. */
  public static String lapsedNotice(String nameA, String nameB) {
    return ":hourglass: Your suggestion that "
        + nameA
        + " and "
        + nameB
        + " meet has lapsed: it didn't come together this time. Thanks for thinking of them.";
  }

  /** The names of the tags both lists hold. */
  public static List<String> common(List<Tag> mine, List<Tag> theirs) {
    return mine.stream()
        .filter(t -> theirs.stream().anyMatch(o -> o.id() == t.id()))
        .map(Tag::name)
        .toList();
  }
}
