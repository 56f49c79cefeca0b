package org.commonground.storage.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.commonground.storage.members.MemberStatus;
import org.jdbi.v3.core.Jdbi;

/** The Teams people the app can reach, kept from installation on; each method one transaction. */
public final class TeamsUsers {

  private final Jdbi jdbi;
  private final Clock clock;

  public TeamsUsers(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Stores where the person is reached, replacing what was known: Teams may move a tenant to
   * another service URL, and a reinstall opens a new chat. A member who comes back after removing
   * the app is taken out of the pause the removal put them in.
   *
   * @return true if this installs the app for them: the first time, or after they removed it; false
   *     when it was installed already, as when Teams tells of one installation twice
   */
  public boolean remember(TeamsUser user) {
    return jdbi.inTransaction(
        handle -> {
          TeamsUserRepository users = handle.attach(TeamsUserRepository.class);
          Optional<Boolean> wasInstalled = users.installedForUpdate(user.userId());
          if (wasInstalled.isEmpty()) {
            // Another replica may store the same installation first: then it is theirs to tell.
            boolean inserted = users.insertIfAbsent(user, clock.instant()) == 1;
            if (!inserted) {
              users.update(user, clock.instant());
            }
            return inserted && user.installed();
          }
          users.update(user, clock.instant());
          boolean reinstalled = !wasInstalled.get() && user.installed();
          if (reinstalled) {
            users.resume(user.userId(), MemberStatus.UNTIL_RESUMED, clock.instant());
          }
          return reinstalled;
        });
  }

  public Optional<TeamsUser> find(String userId) {
    return jdbi.withExtension(TeamsUserRepository.class, users -> users.find(userId));
  }

  /** The person, while the app is installed for them: the only time it can write to them. */
  public Optional<TeamsUser> reachable(String userId) {
    return find(userId).filter(TeamsUser::installed);
  }

  /**
   * The person Teams names {@code botUserId} ({@code 29:…}) in chats with this bot, as a mention
   * does; empty if the app has never seen them.
   */
  public Optional<TeamsUser> findByBotUserId(String botUserId) {
    return jdbi.withExtension(
        TeamsUserRepository.class, users -> users.findByBotUserId(botUserId).stream().findFirst());
  }

  /** What removing the app did to what is kept about the person. */
  public enum Removal {
    /** The app had never seen them. */
    UNKNOWN,
    /** They had no profile, so nothing about them is kept any more. */
    FORGOTTEN,
    /** Their profile stays, paused until they add the app again. */
    PAUSED
  }

  /**
   * The person removed the app. A member is paused until they come back: their profile stays, but
   * nobody is matched with a person the app can't reach. Someone who never introduced themselves is
   * forgotten, name and work email with the rest: there is nothing to come back to.
   */
  public Removal uninstalled(String userId) {
    return jdbi.inTransaction(
        handle -> {
          TeamsUserRepository users = handle.attach(TeamsUserRepository.class);
          if (users.uninstall(userId, clock.instant()) == 0) {
            return Removal.UNKNOWN;
          }
          if (!users.isMember(userId)) {
            users.delete(userId);
            return Removal.FORGOTTEN;
          }
          users.pauseUntilResumed(userId, MemberStatus.UNTIL_RESUMED, clock.instant());
          return Removal.PAUSED;
        });
  }

  /**
   * Forgets the people who added the app before {@code cutoff} and never introduced themselves:
   * their name and work email are kept only while they might still join. One who writes to the app
   * again is remembered afresh from that activity.
   *
   * @return how many were forgotten
   */
  public int forgetUnintroducedBefore(Instant cutoff) {
    return jdbi.withExtension(
        TeamsUserRepository.class, users -> users.deleteUnintroducedBefore(cutoff));
  }

  /** Forgets the person entirely, as erasure does. */
  public void forget(String userId) {
    jdbi.useExtension(TeamsUserRepository.class, users -> users.delete(userId));
  }
}
