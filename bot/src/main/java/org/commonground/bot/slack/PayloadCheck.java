package org.commonground.bot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.EventsApiPayloadParser;

/**
 * Refuses with 400 what no listener could act on: an event whose JSON does not fit its type, and a
 * command, click or form submission that names no user. Bolt reads an event's fields only when it
 * hands the event to a listener, and listeners rightly assume a user, so such payloads would
 * otherwise fail there, as server errors with stack traces.
 */
final class PayloadCheck implements Middleware {

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() == RequestType.Event) {
      try {
        EventsApiPayloadParser.buildEventPayload((EventRequest) req);
      } catch (RuntimeException malformed) {
        return refuse("malformed event");
      }
    } else if (!namesAUser(req)) {
      return refuse("no user");
    }
    return chain.next(req);
  }

  private static boolean namesAUser(Request req) {
    String user =
        switch (req.getRequestType()) {
          case Command -> ((SlashCommandRequest) req).getPayload().getUserId();
          case BlockAction -> {
            var clicker = ((BlockActionRequest) req).getPayload().getUser();
            yield clicker == null ? null : clicker.getId();
          }
          case ViewSubmission -> {
            var submitter = ((ViewSubmissionRequest) req).getPayload().getUser();
            yield submitter == null ? null : submitter.getId();
          }
          default -> "other requests are not checked here";
        };
    return user != null && !user.isBlank();
  }

  private static Response refuse(String error) {
    return Response.json(400, "{\"error\":\"" + error + "\"}");
  }
}
