package org.commonground.bot.admin;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides who is an admin: the users listed in {@code ADMIN_USER_IDS}, plus the
 * workspace's owners and admins according to Slack's {@code users.info}, remembered for a few
 * minutes so that a busy admin does not cost a Web API call per click.
 */
public final class Admins {

  /** What a non-admin is told, privately, when they try an admin action. */
  public static final String REFUSAL =
      "Sorry, only the network's admins can do that. If you think you should be one, ask a"
          + " workspace admin to add you.";

  static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
  private static final Logger log = LoggerFactory.getLogger(Admins.class);

  private record Verdict(boolean admin, Instant decidedAt) {}

  private final Set<String> configured;
  private final MethodsClient slack;
  private final Clock clock;
  private final Map<String, Verdict> remembered = new ConcurrentHashMap<>();

  public Admins(Set<String> configured, MethodsClient slack, Clock clock) {
    this.configured = Set.copyOf(configured);
    this.slack = slack;
    this.clock = clock;
  }

  public boolean isAdmin(String slackUserId) {
    if (configured.contains(slackUserId)) {
      return true;
    }
    Verdict verdict = remembered.get(slackUserId);
    Instant now = clock.instant();
    if (verdict != null && verdict.decidedAt().plus(REMEMBER_FOR).isAfter(now)) {
      return verdict.admin();
    }
    return askSlack(slackUserId, now);
  }

  /** A failed look-up is not remembered, so the next click asks again. */
  private boolean askSlack(String slackUserId, Instant now) {
    try {
      UsersInfoResponse response = slack.usersInfo(r -> r.user(slackUserId));
      if (!response.isOk()) {
        log.warn("users.info for {} failed: {}", slackUserId, response.getError());
        return false;
      }
      User user = response.getUser();
      boolean admin =
          !user.isDeleted() && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
      remembered.put(slackUserId, new Verdict(admin, now));
      return admin;
    } catch (IOException | SlackApiException e) {
      log.warn("users.info for {} failed: {}", slackUserId, e.getMessage());
      return false;
    }
  }
}
