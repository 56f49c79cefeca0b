package org.commonground.bot.slack.lifecycle;

import com.slack.api.bolt.App;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.UserChangeEvent;
import org.commonground.bot.slack.OncePerEvent;

/** Someone joining the workspace, and changes to their account such as deactivation. */
public final class LifecycleSlackHandlers {

  private final MemberLifecycle lifecycle;
  private final OncePerEvent once;

  public LifecycleSlackHandlers(MemberLifecycle lifecycle, OncePerEvent once) {
    this.lifecycle = lifecycle;
    this.once = once;
  }

  public void register(App app) {
    app.event(TeamJoinEvent.class, new TeamJoin(lifecycle, once));
    app.event(UserChangeEvent.class, new UserChange(lifecycle, once));
  }
}
