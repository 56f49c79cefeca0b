package org.commonground.bot.slack.lifecycle;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.UserChangeEvent;
import org.commonground.bot.slack.OncePerEvent;

/** {@code user_change}: deactivations, names and titles, applied once per event. */
public final class UserChange implements BoltEventHandler<UserChangeEvent> {

  private final MemberLifecycle lifecycle;
  private final OncePerEvent once;

  public UserChange(MemberLifecycle lifecycle, OncePerEvent once) {
    this.lifecycle = lifecycle;
    this.once = once;
  }

  @Override
  public Response apply(EventsApiPayload<UserChangeEvent> payload, EventContext ctx) {
    if (payload.getEvent().getUser() != null && once.firstDelivery(payload)) {
      lifecycle.changed(payload.getEvent().getUser());
    }
    return ctx.ack();
  }
}
