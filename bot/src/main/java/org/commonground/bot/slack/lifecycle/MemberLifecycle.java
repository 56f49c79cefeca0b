package org.commonground.bot.slack.lifecycle;

import com.slack.api.model.User;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.commonground.bot.core.lifecycle.WelcomeWords;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.storage.members.MemberStatus;

/** People joining the workspace, and changes Slack reports about members. */
public final class MemberLifecycle {

  private static final int NAME_MAX = 120;
  private static final int TITLE_MAX = 150;

  private final MemberStatus status;
  private final DirectMessages messages;
  private final Supplier<Optional<String>> networkWelcome;
  private final Executor background;

  /**
   * @param networkWelcome the network's own words for newcomers, if it has any, as they are now
   */
  public MemberLifecycle(
      MemberStatus status,
      DirectMessages messages,
      Supplier<Optional<String>> networkWelcome,
      Executor background) {
    this.status = status;
    this.messages = messages;
    this.networkWelcome = networkWelcome;
    this.background = background;
  }

  /** Welcomes a newcomer by DM; bots and accounts already gone are left alone. */
  public void welcomeLater(User user) {
    if (user.isBot() || user.isDeleted() || user.getId() == null) {
      return;
    }
    background.execute(
        () ->
            messages.post(
                user.getId(), WelcomeWords.TEXT, WelcomeMessage.blocks(networkWelcome.get())));
  }

  /**
   * A deleted or deactivated account leaves future rounds at once (and returns if reactivated);
   * name and title are kept as Slack has them, less any character nobody would see (a title with
   * U+202E would turn every line it is shown in backwards). People who never introduced themselves
   * are not recorded.
   */
  public void changed(User user) {
    if (user.getId() == null) {
      return;
    }
    String title = user.getProfile() == null ? null : user.getProfile().getTitle();
    status.updateFromSlack(
        user.getId(), user.isDeleted(), cut(name(user), NAME_MAX), cut(title, TITLE_MAX));
  }

  private static String name(User user) {
    if (user.getProfile() != null && !isBlank(user.getProfile().getRealName())) {
      return user.getProfile().getRealName();
    }
    return isBlank(user.getRealName()) ? user.getName() : user.getRealName();
  }

  private static String cut(String slackText, int max) {
    String text = HiddenCharacters.strip(slackText);
    if (isBlank(text)) {
      return null;
    }
    if (text.length() <= max) {
      return text;
    }
    // Never keep half of an emoji: the column would hold a character that isn't one.
    return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
