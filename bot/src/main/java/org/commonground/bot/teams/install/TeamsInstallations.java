package org.commonground.bot.teams.install;

import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.WelcomeCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.teams.connector.TeamsAccount;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app added to or removed from a person's personal chat. Adding it stores where they are
 * reached and welcomes them, once however many times Teams tells of it; removing it pauses them,
 * keeping their profile, and says how to come back.
 */
public final class TeamsInstallations {

  static final String FORGOTTEN =
      "You've removed Common Ground. You hadn't introduced yourself, so we've deleted the little we"
          + " knew: your name, work email and how to reach you here.";

  static final String GOODBYE =
      "You've removed Common Ground. Your profile is kept and paused, so you won't be matched"
          + " until you add the app again; then you're back in the weekly round. To delete your"
          + " profile instead, add the app and send **introduce delete**.";

  private static final Logger log = LoggerFactory.getLogger(TeamsInstallations.class);

  private final TeamsUsers users;
  private final BotConnector connector;
  private final TeamsReplies replies;
  private final Supplier<Optional<String>> networkWelcome;

  /**
   * @param networkWelcome the network's own words for newcomers, if it has any, as they are now
   */
  public TeamsInstallations(
      TeamsUsers users,
      BotConnector connector,
      TeamsReplies replies,
      Supplier<Optional<String>> networkWelcome) {
    this.users = users;
    this.connector = connector;
    this.replies = replies;
    this.networkWelcome = networkWelcome;
  }

  public void register(TeamsHandlers handlers) {
    handlers.installed(this::installed);
    handlers.removed(this::removed);
    handlers.seen(this::seen);
  }

  private void installed(Activity activity) {
    if (remember(activity)) {
      replies.send(activity, WelcomeCard.message(networkWelcome.get()));
    }
  }

  /**
   * A person writing in a chat the app has no record of (installed before this app kept records, or
   * after erasing their data) is remembered then, so the app can reach them later.
   */
  private void seen(Activity activity) {
    if (users.reachable(activity.fromUserId()).isEmpty()) {
      remember(activity);
    }
  }

  private boolean remember(Activity activity) {
    if (activity.fromUserId().isEmpty()) {
      log.warn("A Teams installation named no Entra user; nothing stored");
      return false;
    }
    Optional<TeamsAccount> account = account(activity);
    return users.remember(
        new TeamsUser(
            activity.fromUserId(),
            activity.fromId(),
            activity.tenantId(),
            activity.serviceUrl(),
            activity.conversationId(),
            account.map(TeamsAccount::name).filter(n -> !n.isEmpty()).orElse(activity.fromName()),
            account.map(TeamsAccount::email).filter(e -> !e.isEmpty()).orElse(null),
            true));
  }

  /**
   * Their name and work email, which the activity itself doesn't carry; empty if Teams won't say.
   */
  private Optional<TeamsAccount> account(Activity activity) {
    Outcome<TeamsAccount> found =
        connector.member(activity.serviceUrl(), activity.conversationId(), activity.fromId());
    if (found instanceof Outcome.Done<TeamsAccount> done) {
      return Optional.of(done.value());
    }
    log.info("Could not look up a Teams user's name and email: {}", found);
    return Optional.empty();
  }

  /** Teams may no longer deliver to the chat; if it does, they know where they stand. */
  private void removed(Activity activity) {
    switch (users.uninstalled(activity.fromUserId())) {
      case PAUSED -> replies.text(activity, GOODBYE);
      case FORGOTTEN -> replies.text(activity, FORGOTTEN);
      case UNKNOWN -> {}
    }
  }
}
