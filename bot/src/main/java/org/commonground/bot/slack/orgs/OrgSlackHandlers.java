package org.commonground.bot.slack.orgs;

import com.slack.api.bolt.App;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.orgs.OrgCuration;

/** {@code /orgs} for admins. */
public final class OrgSlackHandlers {

  private final Admins admins;
  private final OrgCuration orgs;

  public OrgSlackHandlers(Admins admins, OrgCuration orgs) {
    this.admins = admins;
    this.orgs = orgs;
  }

  public void register(App app) {
    app.command(OrgsSlashCommand.COMMAND, new OrgsSlashCommand(admins, orgs));
  }
}
