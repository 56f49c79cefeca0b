package org.commonground.bot.slack;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.commonground.storage.requests.SeenRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a signed request act once. Slack accepts a signature for five minutes either side of its
 * timestamp, so a request copied off the wire could be sent again; its signature is recorded in the
 * database (shared by replicas) after it is verified, and a copy is acknowledged without reaching
 * any listener. Requests that change nothing (options loads, URL verification, and the commands
 * {@link ReadOnlyCommands} names) are neither recorded nor stopped: a person who types the same
 * query twice within a second sends two identical requests and must see the options both times.
 */
public final class ReplayGuard implements Middleware {

  static final String TASK_NAME = "forget-seen-requests";

  /** A signature is accepted at most five minutes either side of its timestamp: ten in all. */
  static final Duration REMEMBER = SignatureVerifier.WINDOW.multipliedBy(2);

  private static final Logger log = LoggerFactory.getLogger(ReplayGuard.class);

  private static final Set<RequestType> ONLY_FETCH =
      EnumSet.of(
          RequestType.BlockSuggestion, RequestType.DialogSuggestion, RequestType.UrlVerification);

  private final SeenRequests seen;
  private final ReadOnlyCommands readOnly;
  private final Clock clock;

  public ReplayGuard(SeenRequests seen, ReadOnlyCommands readOnly, Clock clock) {
    this.seen = seen;
    this.readOnly = readOnly;
    this.clock = clock;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.isSocketMode()
        || MiddlewareOps.isNoSlackSignatureRequest(req.getRequestType())
        || ONLY_FETCH.contains(req.getRequestType())
        || readOnly.includes(req)) {
      return chain.next(req);
    }
    String signature = req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
    if (seen.firstSighting(signature, clock.instant())) {
      return chain.next(req);
    }
    log.warn("Ignored a replayed {} request", req.getRequestType());
    return Response.ok();
  }

  /** Forgets signatures too old to be accepted again, every minute, on one replica. */
  public RecurringTask<Void> pruningTask() {
    return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(1))
        .execute((instance, context) -> seen.forgetBefore(clock.instant().minus(REMEMBER)));
  }
}
