package org.commonground.storage.teams;

import java.time.Clock;
import java.util.Optional;
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
   * another service URL, and a reinstall opens a new chat.
   */
  public void remember(TeamsUser user) {
    jdbi.useTransaction(
        handle -> {
          TeamsUserRepository users = handle.attach(TeamsUserRepository.class);
          if (users.update(user, clock.instant()) == 0
              && users.insertIfAbsent(user, clock.instant()) == 0) {
            // Another replica stored the same installation between the two statements.
            users.update(user, clock.instant());
          }
        });
  }

  public Optional<TeamsUser> find(String userId) {
    return jdbi.withExtension(TeamsUserRepository.class, users -> users.find(userId));
  }

  /** Marks that the person removed the app; true if they were known. */
  public boolean uninstalled(String userId) {
    return jdbi.withExtension(
            TeamsUserRepository.class, users -> users.uninstall(userId, clock.instant()))
        == 1;
  }

  /** Forgets the person entirely, as erasure does. */
  public void forget(String userId) {
    jdbi.useExtension(TeamsUserRepository.class, users -> users.delete(userId));
  }
}
