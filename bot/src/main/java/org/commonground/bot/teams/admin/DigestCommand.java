package org.commonground.bot.teams.admin;

import java.util.Locale;
import java.util.function.Predicate;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.CardMarkdown;

/**
 * {@code digest preview | run | status}, for admins, as Slack's {@code /digest} takes them. Preview
 * and run take a while, so they are acknowledged first and their report follows in the chat.
 */
final class DigestCommand {

  static final String WORD = "digest";
  static final String USAGE =
      "Send **digest preview** to see this week's round without sending it, **digest run** to"
          + " compute it if needed and send the digests now (safe to repeat), or **digest status**"
          + " to see how delivery stands.";
  static final String PREVIEWING =
      "Working out this week's round… I'll send you the preview here in a moment. Nothing is sent"
          + " to members.";
  static final String RUNNING =
      "Starting this week's round. I'll tell you here when the digests are out.";

  private final DigestAdmin digests;
  private final Predicate<String> admin;
  private final TeamsReplies replies;
  private final AdminAnswers answers;

  DigestCommand(
      DigestAdmin digests, Predicate<String> admin, TeamsReplies replies, AdminAnswers answers) {
    this.digests = digests;
    this.admin = admin;
    this.replies = replies;
    this.answers = answers;
  }

  void register(TeamsHandlers handlers) {
    handlers.command(WORD, this::handle);
  }

  private void handle(Activity activity, String arguments) {
    String userId = activity.fromUserId();
    if (!admin.test(userId)) {
      answers.send(activity, Admins.REFUSAL);
      return;
    }
    switch (arguments.toLowerCase(Locale.ROOT)) {
      case "preview" -> {
        replies.text(activity, PREVIEWING);
        digests.preview(reply -> answers.send(activity, reply));
      }
      case "run" -> {
        replies.text(activity, RUNNING);
        digests.run(userId, reply -> answers.send(activity, reply));
      }
      case "status" -> answers.send(activity, Reply.of("Round status", digests.status()));
      default -> replies.text(activity, unknown(arguments) + USAGE);
    }
  }

  private static String unknown(String arguments) {
    return arguments.isEmpty()
        ? ""
        : "I don't know “" + CardMarkdown.escape(Markup.truncate(arguments, 100)) + "”. ";
  }
}
