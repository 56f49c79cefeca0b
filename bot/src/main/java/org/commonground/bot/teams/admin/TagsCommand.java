package org.commonground.bot.teams.admin;

import java.util.function.Predicate;
import org.commonground.bot.tags.TagRequestHandler;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;

/**
 * {@code tags} and the words after it, as Slack's {@code /tags} takes them: the list for everyone,
 * the rest for admins.
 */
final class TagsCommand {

  static final String WORD = "tags";

  private final TagRequestHandler tags;
  private final Predicate<String> admin;
  private final AdminAnswers answers;

  TagsCommand(TagRequestHandler tags, Predicate<String> admin, AdminAnswers answers) {
    this.tags = tags;
    this.admin = admin;
    this.answers = answers;
  }

  void register(TeamsHandlers handlers) {
    handlers.command(WORD, this::handle);
  }

  private void handle(Activity activity, String arguments) {
    String userId = activity.fromUserId();
    answers.send(activity, tags.answer(userId, admin.test(userId), arguments));
  }
}
