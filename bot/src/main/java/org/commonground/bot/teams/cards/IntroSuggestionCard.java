package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.introduce.WarmIntroContent;
import org.commonground.bot.core.introduce.WarmIntroState;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.storage.members.Profile;

/**
 * A warm introduction as one of the two gets it in Teams: who suggested it and why, the other
 * person as the digest shows a match, and <b>Yes, introduce us</b> / <b>No thanks</b>, which an
 * answer replaces with a note. A Teams bot can't open a group chat, so two yeses bring each the
 * other's details instead. Drawn from stored data every time, never from the card pressed.
 */
public final class IntroSuggestionCard {

  static final String YES_BUTTON = "Yes, introduce us";
  static final String NO_BUTTON = "No thanks";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private IntroSuggestionCard() {}

  /**
   * @param names the name to show for a member, by user id: their Teams name, or where they are
   */
  public static JsonObject message(WarmIntroContent c, Function<String, String> names) {
    return CardMessage.of(card(c, names), fallbackText(c, names));
  }

  public static AdaptiveCard card(WarmIntroContent c, Function<String, String> names) {
    List<JsonObject> body = new ArrayList<>();
    String suggester =
        c.suggesterId() == null
            ? "Someone who has since left Common Ground"
            : CardMarkdown.escape(names.apply(c.suggesterId()));
    body.add(
        TextBlock.of("🤝 " + suggester + " thinks you and " + otherName(c, names) + " should meet:")
            .json());
    if (c.note() != null && !c.note().isBlank()) {
      body.add(TextBlock.of("“" + CardMarkdown.escape(c.note()) + "”").subtle().json());
    }
    if (c.other() != null) {
      body.add(Layout.separated(MatchText.describe(asMatch(c), p -> names.apply(p.userId()))));
    }
    if (c.state() == WarmIntroState.ASKED) {
      body.add(buttons(c.introId()));
    }
    body.add(TextBlock.of(note(c, names)).subtle().json());
    return AdaptiveCard.of(body);
  }

  private static String fallbackText(WarmIntroContent c, Function<String, String> names) {
    String suggester = c.suggesterId() == null ? "A member" : names.apply(c.suggesterId());
    String other = c.other() == null ? WarmIntroWords.SINCE_LEFT : names.apply(other(c));
    return suggester + " suggested you meet " + other;
  }

  /** The other person from the recipient's side, as a digest match reads. */
  private static Digest.Match asMatch(WarmIntroContent c) {
    Profile me = c.recipient();
    Profile other = c.other();
    return new Digest.Match(
        c.introId(),
        other,
        WarmIntroContent.common(me.challenges(), other.challenges()),
        WarmIntroContent.common(other.offers(), me.asks()),
        WarmIntroContent.common(me.offers(), other.asks()));
  }

  private static JsonObject buttons(long introId) {
    JsonObject data = CardActions.data(CardIds.INTRO_ID, introId);
    return CardActions.actionSet(
        List.of(
            CardActions.positive(
                CardActions.execute(YES_BUTTON, CardIds.WARM_INTRO_YES_VERB, data.deepCopy())),
            CardActions.execute(NO_BUTTON, CardIds.WARM_INTRO_NO_VERB, data)));
  }

  private static String note(WarmIntroContent c, Function<String, String> names) {
    String day = DAY.format(c.answerBy());
    return switch (c.state()) {
      case ASKED ->
          "Only if you both say yes by "
              + day
              + " will I send each of you the other's details, so you can get in touch. **No"
              + " thanks** is private: nobody is told, and the suggestion simply lapses.";
      case SAID_YES ->
          "🙌 You said yes. If "
              + otherName(c, names)
              + " says yes too by "
              + day
              + ", I'll send each of you the other's details; if not, the suggestion simply"
              + " lapses.";
      case SAID_NO -> CardMarkdown.fromMarkup(WarmIntroWords.SAID_NO_NOTE);
      case INTRODUCED, TOLD_EACH_OTHER ->
          "🎉 You both said yes: I've sent you " + otherName(c, names) + "'s details.";
      case LAPSED -> CardMarkdown.fromMarkup(WarmIntroWords.LAPSED_NOTE);
    };
  }

  private static String otherName(WarmIntroContent c, Function<String, String> names) {
    return c.other() == null
        ? WarmIntroWords.SINCE_LEFT
        : CardMarkdown.escape(names.apply(other(c)));
  }

  private static String other(WarmIntroContent c) {
    return c.other().userId();
  }
}
