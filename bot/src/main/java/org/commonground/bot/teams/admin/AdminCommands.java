package org.commonground.bot.teams.admin;

import java.util.function.Predicate;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.orgs.OrgCuration;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.teams.TeamsUsers;

/**
 * The admins' Slack commands in the Teams chat, without the slash: {@code digest}, {@code tags}
 * (whose list is open to everyone) and {@code orgs}. Admins are the Entra object ids listed in
 * {@code ADMIN_USER_IDS}.
 */
public final class AdminCommands {

  static final String TAG_FORMS_IN_SLACK =
      "The forms to add, edit and merge tags are in Slack's **/tags** for now; here, send"
          + " **tags help** for the typed commands.";
  static final String BUTTONS_IN_SLACK = "Its buttons work in Slack for now.";

  private final TagRequestHandler tags;
  private final OrgCuration orgs;
  private final Predicate<String> admin;
  private final AdminAnswers tagAnswers;
  private final AdminAnswers answers;
  private final DigestCommand digest;

  public AdminCommands(
      TagRequestHandler tagRequests,
      OrgCuration orgCuration,
      DigestAdmin digests,
      Predicate<String> admin,
      TeamsUsers users,
      TeamsReplies replies) {
    PartnerNames names = new PartnerNames(users);
    this.tags = tagRequests;
    this.orgs = orgCuration;
    this.admin = admin;
    this.tagAnswers = new AdminAnswers(replies, names::of, TAG_FORMS_IN_SLACK);
    this.answers = new AdminAnswers(replies, names::of, BUTTONS_IN_SLACK);
    this.digest = new DigestCommand(digests, admin, replies, answers);
  }

  /** The same words after each as the Slack command takes, and the same rules on who may. */
  public void register(TeamsHandlers handlers) {
    handlers.command(
        "tags",
        (activity, arguments) -> {
          String userId = activity.fromUserId();
          tagAnswers.send(activity, tags.answer(userId, admin.test(userId), arguments));
        });
    handlers.command(
        "orgs",
        (activity, arguments) -> {
          String userId = activity.fromUserId();
          if (admin.test(userId)) {
            answers.send(activity, orgs.answer(userId, arguments));
          } else {
            answers.send(activity, Admins.REFUSAL);
          }
        });
    digest.register(handlers);
  }
}
