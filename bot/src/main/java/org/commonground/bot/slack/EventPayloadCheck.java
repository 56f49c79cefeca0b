package org.commonground.bot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.EventsApiPayloadParser;

/**
 * Refuses an event whose JSON does not fit the event's type with 400. Bolt reads an event's fields
 * only when it hands the event to a listener, so such a payload would otherwise fail there, as a
 * server error with a stack trace; here it is read once up front instead.
 */
final class EventPayloadCheck implements Middleware {

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() != RequestType.Event) {
      return chain.next(req);
    }
    try {
      EventsApiPayloadParser.buildEventPayload((EventRequest) req);
    } catch (RuntimeException malformed) {
      return Response.json(400, "{\"error\":\"malformed event\"}");
    }
    return chain.next(req);
  }
}
