package org.commonground.bot.teams.settings;

import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.CardMarkdown;

/**
 * {@code resume}: ends a pause, whether the member chose it or the app paused them for not
 * answering, as App Home's <i>Resume now</i> does in Slack; Teams has no App Home.
 */
public final class ResumeCommand {

  public static final String WORD = "resume";

  private final MemberSettings settings;
  private final TeamsReplies replies;

  public ResumeCommand(MemberSettings settings, TeamsReplies replies) {
    this.settings = settings;
    this.replies = replies;
  }

  public void register(TeamsHandlers handlers) {
    handlers.command(WORD, this::resume);
  }

  private void resume(Activity activity, String arguments) {
    replies.text(activity, CardMarkdown.fromMarkup(settings.resume(activity.fromUserId())));
  }
}
