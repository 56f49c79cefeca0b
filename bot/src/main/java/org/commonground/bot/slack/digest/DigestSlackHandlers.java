package org.commonground.bot.slack.digest;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.Answer;

/** The weekly digest's buttons: the answers to a match, a week's pause, editing one's profile. */
public final class DigestSlackHandlers {

  private final MatchResponses responses;
  private final MemberSettings settings;
  private final SentMessages sentMessages;
  private final BlockActionHandler editProfile;

  /**
   * @param editProfile opens the profile modal; handed in, as the profile is the {@code introduce}
   *     feature's, which already depends on this one
   */
  public DigestSlackHandlers(
      MatchResponses responses,
      MemberSettings settings,
      SentMessages sentMessages,
      BlockActionHandler editProfile) {
    this.responses = responses;
    this.settings = settings;
    this.sentMessages = sentMessages;
    this.editProfile = editProfile;
  }

  public void register(App app) {
    app.blockAction(
        DigestMessage.INTRO_ME_ACTION, new MatchAnswerAction(responses, Answer.INTRO_ME));
    app.blockAction(
        DigestMessage.NOT_FOR_ME_ACTION, new MatchAnswerAction(responses, Answer.NOT_FOR_ME));
    app.blockAction(DigestMessage.PAUSE_ACTION, new PauseWeekAction(settings, sentMessages));
    app.blockAction(DigestMessage.EDIT_PROFILE_ACTION, editProfile);
    // A link: Slack opens it, and tells the app of the click only to be acknowledged.
    app.blockAction(CrossPlatformIntroMessage.CHAT_ACTION, (request, ctx) -> ctx.ack());
  }
}
