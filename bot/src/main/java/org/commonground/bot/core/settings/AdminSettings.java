package org.commonground.bot.core.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonground.bot.config.UserIds;
import org.commonground.bot.core.admin.ListedAdmins;
import org.commonground.storage.settings.NetworkAdmin;
import org.commonground.storage.settings.NetworkAdmins;

/**
 * The network's admins as the console lists and changes them: those the operator named in {@code
 * ADMIN_USER_IDS}, who stay admins whatever the console does, and those added in the console. Each
 * check reads the database, so an admin added or removed on one replica is one, or not, on every
 * replica at once. Workspace owners and admins are admins too (see {@link
 * org.commonground.bot.core.admin.Admins}) but are not listed: Slack can only list them by paging
 * through every user.
 */
public final class AdminSettings implements ListedAdmins {

  private final Set<String> bootstrap;
  private final NetworkAdmins added;

  /**
   * @param bootstrap {@code ADMIN_USER_IDS}
   */
  public AdminSettings(Set<String> bootstrap, NetworkAdmins added) {
    this.bootstrap = Set.copyOf(bootstrap);
    this.added = added;
  }

  /**
   * @param fixed named in {@code ADMIN_USER_IDS}: the console can't remove them
   * @param added added in the console, earliest first
   */
  public record Current(Set<String> fixed, List<NetworkAdmin> added) {}

  public Current current() {
    return new Current(bootstrap, added.all());
  }

  @Override
  public boolean isListed(String userId) {
    return bootstrap.contains(userId) || added.isAdmin(userId);
  }

  /** Everyone listed, fixed and added, for messages to every admin. */
  public Set<String> listed() {
    Set<String> all = new HashSet<>(bootstrap);
    added.all().forEach(admin -> all.add(admin.userId()));
    return Set.copyOf(all);
  }

  /**
   * Makes someone an admin on every replica at once.
   *
   * @param userId a Slack user id such as {@code U012ABCDEF}, or an Entra object id for Teams
   * @return the id as stored: Slack's in upper case, Entra's in lower case
   */
  public String add(String actor, String userId) throws SettingRejected {
    String id = valid(userId);
    if (bootstrap.contains(id)) {
      throw new SettingRejected(id + " is an admin already, named in ADMIN_USER_IDS.");
    }
    if (!added.add(actor, id)) {
      throw new SettingRejected(id + " is an admin already.");
    }
    return id;
  }

  /** Stops someone added in the console being an admin, on every replica at once. */
  public void remove(String actor, String userId) throws SettingRejected {
    String id = valid(userId);
    if (bootstrap.contains(id)) {
      throw new SettingRejected(
          id
              + " is named in ADMIN_USER_IDS, which only the operator can change: ask them to take"
              + " it out and restart the app.");
    }
    if (!added.remove(actor, id)) {
      throw new SettingRejected(id + " isn't an admin added here, so there is nothing to remove.");
    }
  }

  private static String valid(String typed) throws SettingRejected {
    return UserIds.normalised(typed)
        .orElseThrow(
            () ->
                new SettingRejected(
                    "'"
                        + typed
                        + "' is not a Slack user id or an Entra object id: "
                        + UserIds.HOW
                        + "."));
  }
}
