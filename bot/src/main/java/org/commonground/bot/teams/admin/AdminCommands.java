package org.commonground.bot.teams.admin;

import java.util.function.Predicate;
import org.commonground.bot.orgs.OrgCuration;
import org.commonground.bot.rounds.DigestAdmin;
import org.commonground.bot.tags.TagRequestHandler;
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

  private final TagsCommand tags;
  private final OrgsCommand orgs;
  private final DigestCommand digest;

  public AdminCommands(
      TagRequestHandler tagRequests,
      OrgCuration orgCuration,
      DigestAdmin digests,
      Predicate<String> admin,
      TeamsUsers users,
      TeamsReplies replies) {
    PartnerNames names = new PartnerNames(users);
    this.tags =
        new TagsCommand(
            tagRequests, admin, new AdminAnswers(replies, names::of, TAG_FORMS_IN_SLACK));
    AdminAnswers answers = new AdminAnswers(replies, names::of, BUTTONS_IN_SLACK);
    this.orgs = new OrgsCommand(orgCuration, admin, answers);
    this.digest = new DigestCommand(digests, admin, replies, answers);
  }

  public void register(TeamsHandlers handlers) {
    tags.register(handlers);
    orgs.register(handlers);
    digest.register(handlers);
  }
}
