package org.commonground.bot.teams.introductions;

import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.introduce.WarmIntroRequest;
import org.commonground.bot.core.introduce.WarmIntroductions;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.CardData;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.MarkupMarkdown;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.commonground.storage.warmintros.WarmIntroAnswer;

/**
 * Warm introductions in Teams: {@code introduce @a @b why}, answered with the Slack command's
 * words, and <b>Yes, introduce us</b> / <b>No thanks</b> on the card each of the two gets, answered
 * as on Slack (the card is drawn again once the answer is recorded).
 */
public final class TeamsWarmIntros {

  static final String NOTED = "Got it: the card shows your answer in a moment.";
  static final String NOT_A_SUGGESTION = "That suggestion is no longer open.";

  /** A Teams bot can't open a group chat, so two yeses bring each the other's details. */
  private static final WarmIntroductions.Wording WORDING =
      new WarmIntroductions.Wording(
          MarkupMarkdown::mention, "I'll send each of them the other's details to get in touch");

  private final WarmIntroFeature warmIntros;
  private final TeamsUsers users;
  private final TeamsReplies replies;

  public TeamsWarmIntros(WarmIntroFeature warmIntros, TeamsUsers users, TeamsReplies replies) {
    this.warmIntros = warmIntros;
    this.users = users;
    this.replies = replies;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(
        CardIds.WARM_INTRO_YES_VERB,
        (activity, data) -> answer(activity, data, WarmIntroAnswer.YES));
    handlers.action(
        CardIds.WARM_INTRO_NO_VERB, (activity, data) -> answer(activity, data, WarmIntroAnswer.NO));
  }

  /** Whether {@code introduce}'s arguments name people first, so are meant as a suggestion. */
  public static boolean isOne(String arguments) {
    return WarmIntroRequest.isOne(arguments) || arguments.startsWith("<at>");
  }

  /** Suggests that the people mentioned meet, and says what came of it. */
  public void suggest(Activity activity, String arguments) {
    MentionedPeople mentioned =
        MentionedPeople.parse(
            arguments, activity.mentions(), id -> users.findByBotUserId(id).map(TeamsUser::userId));
    String reply =
        warmIntros.introductions().introduce(activity.fromUserId(), mentioned.request(), WORDING);
    PartnerNames names = new PartnerNames(users);
    replies.text(
        activity,
        MarkupMarkdown.toMarkdown(
            // The Slack command's words, for the Teams command without the slash.
            reply.replace("/introduce", "introduce"),
            id -> Optional.ofNullable(mentioned.names().get(id)).orElseGet(() -> names.of(id))));
  }

  /**
   * The suggestion comes from the card's data, which anyone could write: the answer counts only
   * from one of the two asked, which the answers check.
   */
  private InvokeAnswer answer(Activity activity, JsonObject data, WarmIntroAnswer answer) {
    OptionalLong introId = CardData.id(data, CardIds.INTRO_ID);
    if (introId.isEmpty()) {
      return new InvokeAnswer.Message(NOT_A_SUGGESTION);
    }
    warmIntros.answers().answerLater(activity.fromUserId(), introId.getAsLong(), answer);
    return new InvokeAnswer.Message(NOTED);
  }
}
