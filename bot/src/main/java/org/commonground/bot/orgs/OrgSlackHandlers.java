package org.commonground.bot.orgs;

import com.slack.api.bolt.App;
import org.commonground.bot.admin.Admins;

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
