package org.commonground.bot.slack.lifecycle;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.TeamJoinEvent;
import org.commonground.bot.slack.OncePerEvent;

/** {@code team_join}: a welcome DM, once however often Slack retries the event. */
public final class TeamJoin implements BoltEventHandler<TeamJoinEvent> {

  private final MemberLifecycle lifecycle;
  private final OncePerEvent once;

  public TeamJoin(MemberLifecycle lifecycle, OncePerEvent once) {
    this.lifecycle = lifecycle;
    this.once = once;
  }

  @Override
  public Response apply(EventsApiPayload<TeamJoinEvent> payload, EventContext ctx) {
    if (payload.getEvent().getUser() != null && once.firstDelivery(payload)) {
      lifecycle.welcomeLater(payload.getEvent().getUser());
    }
    return ctx.ack();
  }
}
