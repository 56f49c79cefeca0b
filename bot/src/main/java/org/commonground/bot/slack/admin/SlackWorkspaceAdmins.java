package org.commonground.bot.slack.admin;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.util.Optional;
import org.commonground.bot.core.admin.WorkspaceAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Slack workspace's owners and admins, according to {@code users.info}. */
public final class SlackWorkspaceAdmins implements WorkspaceAdmins {

  private static final Logger log = LoggerFactory.getLogger(SlackWorkspaceAdmins.class);

  private final MethodsClient slack;

  public SlackWorkspaceAdmins(MethodsClient slack) {
    this.slack = slack;
  }

  @Override
  public Optional<Boolean> isAdmin(String userId) {
    try {
      UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
      if (!response.isOk()) {
        log.warn("users.info for {} failed: {}", userId, response.getError());
        return Optional.empty();
      }
      User user = response.getUser();
      return Optional.of(
          !user.isDeleted() && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner()));
    } catch (IOException | SlackApiException e) {
      log.warn("users.info for {} failed: {}", userId, e.getMessage());
      return Optional.empty();
    }
  }
}
