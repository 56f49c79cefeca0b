package org.commonground.bot.core.admin;

import java.util.Optional;

/** Whom a chat platform itself calls an admin of the workspace the app is installed in. */
@FunctionalInterface
public interface WorkspaceAdmins {

  /** Nobody: a platform where only {@code ADMIN_USER_IDS} are admins. */
  WorkspaceAdmins NONE = userId -> Optional.of(false);

  /**
   * Whether the platform calls {@code userId} an admin or owner.
   *
   * @return empty when the platform couldn't be asked, so that the answer isn't remembered
   */
  Optional<Boolean> isAdmin(String userId);
}
