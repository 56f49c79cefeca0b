package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.DigestWords;
import org.commonground.storage.members.Profile;

/**
 * The weekly digest as a card: each match with why and its <b>Intro me</b> / <b>Not for me</b>, or
 * why there is none, then <b>Pause matches for a week</b> and <b>Edit profile</b>. After a click
 * the same card is drawn again with that match's buttons given way to what happened.
 */
public final class DigestCard {

  /** What has become of a match the member answered. */
  public enum Answered {
    INTRO_ME("🙌 You said **Intro me**. As soon as they say yes too, we'll introduce you."),
    NOT_FOR_ME(
        "👌 You passed on this one. They won't be told, and we won't suggest you to each other"
            + " again."),
    INTRODUCED("🎉 You both said yes: we've introduced you.");

    private final String note;

    Answered(String note) {
      this.note = note;
    }

    String note() {
      return note;
    }
  }

  private DigestCard() {}

  /** The digest drawn again as it stands now, each answered match saying what became of it. */
  public static JsonObject redrawn(
      DigestRedraw.Answered answered, Function<Profile, String> names) {
    Map<Long, Answered> states =
        answered.states().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, state -> answered(state.getValue())));
    return CardMessage.of(
        card(answered.digest(), names, states), DigestWords.fallbackText(answered.digest()));
  }

  private static Answered answered(DigestRedraw.MatchState state) {
    return switch (state) {
      case WAITING -> Answered.INTRO_ME;
      case NOT_FOR_ME -> Answered.NOT_FOR_ME;
      case INTRODUCED -> Answered.INTRODUCED;
    };
  }

  /**
   * @param names the name to show for each partner
   */
  public static JsonObject message(Digest digest, Function<Profile, String> names) {
    return CardMessage.of(card(digest, names, Map.of()), DigestWords.fallbackText(digest));
  }

  /**
   * @param answers what became of each answered match, by pair id
   */
  public static AdaptiveCard card(
      Digest digest, Function<Profile, String> names, Map<Long, Answered> answers) {
    List<JsonObject> body = new ArrayList<>();
    body.add(TextBlock.heading(DigestWords.title(digest)));
    digest.note().ifPresent(note -> body.add(TextBlock.of(CardMarkdown.escape(note)).json()));
    if (digest.matches().isEmpty()) {
      body.add(TextBlock.of(CardMarkdown.fromMarkup(DigestWords.unmatchedText(digest))).json());
    } else {
      body.add(TextBlock.of(DigestWords.opening(digest.matches().size())).json());
      for (Digest.Match match : digest.matches()) {
        body.add(Layout.separated(match(match, names, answers.get(match.pairId()))));
      }
      body.add(TextBlock.of(CardMarkdown.fromMarkup(DigestWords.ANSWERS_NOTE)).subtle().json());
    }
    return AdaptiveCard.of(body).actions(footer());
  }

  private static List<JsonObject> match(
      Digest.Match match, Function<Profile, String> names, Answered answered) {
    if (match.partnerLeft()) {
      return List.of(TextBlock.of(CardMarkdown.fromMarkup(DigestWords.LEFT_TEXT)).json());
    }
    List<JsonObject> items = new ArrayList<>(MatchText.describe(match, names));
    items.add(
        answered == null ? buttons(match.pairId()) : TextBlock.of(answered.note()).subtle().json());
    return items;
  }

  private static JsonObject buttons(long pairId) {
    JsonObject data = CardActions.data(CardIds.PAIR_ID, pairId);
    return CardActions.actionSet(
        List.of(
            CardActions.positive(
                CardActions.execute(
                    DigestWords.INTRO_ME_BUTTON, CardIds.INTRO_ME_VERB, data.deepCopy())),
            CardActions.execute(DigestWords.NOT_FOR_ME_BUTTON, CardIds.NOT_FOR_ME_VERB, data)));
  }

  private static List<JsonObject> footer() {
    return List.of(
        CardActions.execute(DigestWords.PAUSE_BUTTON, CardIds.PAUSE_WEEK_VERB, new JsonObject()),
        CardActions.execute(
            DigestWords.EDIT_PROFILE_BUTTON, CardIds.EDIT_PROFILE_VERB, new JsonObject()));
  }
}
