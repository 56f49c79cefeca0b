package org.commonground.bot.slack.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** {@code app_home_opened}: publishes the person's App Home after acknowledging. */
public final class AppHomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {

  private final HomeService home;

  public AppHomeOpened(HomeService home) {
    this.home = home;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent event = payload.getEvent();
    // The Messages tab opens this event too; only the Home tab shows a view.
    if (event.getUser() != null && !"messages".equals(event.getTab())) {
      home.opened(event.getUser());
    }
    return ctx.ack();
  }
}
