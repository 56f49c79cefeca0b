package org.commonground.bot.slack.rounds;

import com.slack.api.bolt.App;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.rounds.AutoPause;
import org.commonground.bot.core.rounds.DigestAdmin;

/** {@code /digest} for admins, and "Keep me in" after an automatic pause. */
public final class RoundSlackHandlers {

  private final Admins admins;
  private final DigestAdmin digests;
  private final AutoPause autoPause;

  public RoundSlackHandlers(Admins admins, DigestAdmin digests, AutoPause autoPause) {
    this.admins = admins;
    this.digests = digests;
    this.autoPause = autoPause;
  }

  public void register(App app) {
    app.command(DigestSlashCommand.COMMAND, new DigestSlashCommand(admins, digests));
    app.blockAction(AutoPauseMessage.KEEP_ME_IN_ACTION, new KeepMeIn(autoPause));
  }
}
