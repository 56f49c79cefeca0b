package org.commonground.bot.core.admin;

/**
 * The admins the app itself names, whichever platform they are on: those in {@code ADMIN_USER_IDS}
 * and those added in the convenor's console.
 */
@FunctionalInterface
public interface ListedAdmins {

  boolean isListed(String userId);
}
