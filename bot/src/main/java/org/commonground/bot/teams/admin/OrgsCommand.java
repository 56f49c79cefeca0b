package org.commonground.bot.teams.admin;

import java.util.function.Predicate;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.orgs.OrgCuration;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;

/** {@code orgs} and the words after it, as Slack's {@code /orgs} takes them: for admins only. */
final class OrgsCommand {

  static final String WORD = "orgs";

  private final OrgCuration orgs;
  private final Predicate<String> admin;
  private final AdminAnswers answers;

  OrgsCommand(OrgCuration orgs, Predicate<String> admin, AdminAnswers answers) {
    this.orgs = orgs;
    this.admin = admin;
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
    answers.send(activity, orgs.answer(userId, arguments));
  }
}
