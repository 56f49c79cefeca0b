package org.commonground.bot.core.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides who is an admin: the users the app lists ({@code ADMIN_USER_IDS} and
 * those added in the console, asked afresh each time, so that a change applies at once on every
 * replica), plus the workspace's owners and admins according to their platform, remembered for a
 * few minutes so that a busy admin does not cost a platform call per click.
 */
public final class Admins {

  /** What a non-admin is told, privately, when they try an admin action. */
  public static final String REFUSAL =
      "Sorry, only the network's admins can do that. If you think you should be one, ask a"
          + " workspace admin to add you.";

  static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

  private record Verdict(boolean admin, Instant decidedAt) {}

  private final ListedAdmins listed;
  private final WorkspaceAdmins workspace;
  private final Clock clock;
  private final Map<String, Verdict> remembered = new ConcurrentHashMap<>();

  public Admins(ListedAdmins listed, WorkspaceAdmins workspace, Clock clock) {
    this.listed = listed;
    this.workspace = workspace;
    this.clock = clock;
  }

  public boolean isAdmin(String userId) {
    if (listed.isListed(userId)) {
      return true;
    }
    Verdict verdict = remembered.get(userId);
    Instant now = clock.instant();
    if (verdict != null && verdict.decidedAt().plus(REMEMBER_FOR).isAfter(now)) {
      return verdict.admin();
    }
    return askPlatform(userId, now);
  }

  /** A failed look-up is not remembered, so the next click asks again. */
  private boolean askPlatform(String userId, Instant now) {
    Optional<Boolean> admin = workspace.isAdmin(userId);
    admin.ifPresent(verdict -> remembered.put(userId, new Verdict(verdict, now)));
    return admin.orElse(false);
  }
}
