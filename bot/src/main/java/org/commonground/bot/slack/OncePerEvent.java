package org.commonground.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import org.commonground.storage.events.ProcessedEvents;

/**
 * Lets an event's side effects happen once although Slack may deliver it up to four times (with
 * {@code X-Slack-Retry-Num}), to any replica: the event id is claimed in the database first.
 */
public final class OncePerEvent {

  private final ProcessedEvents processed;

  public OncePerEvent(ProcessedEvents processed) {
    this.processed = processed;
  }

  /** True the first time this event arrives; false for every retry of it. */
  public boolean firstDelivery(EventsApiPayload<?> payload) {
    String eventId = payload.getEventId();
    if (eventId == null || eventId.isBlank()) {
      return true;
    }
    return processed.claim(eventId, payload.getEvent().getType());
  }
}
