package org.commonground.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.util.Optional;
import org.commonground.bot.core.digest.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks a Slack member up by id: who they are, as a match on another platform is told. Their email
 * is empty when the token lacks {@code users:read.email}.
 */
public final class SlackPeople implements People {

  private static final Logger log = LoggerFactory.getLogger(SlackPeople.class);

  private final MethodsClient slack;

  public SlackPeople(MethodsClient slack) {
    this.slack = slack;
  }

  @Override
  public Optional<Person> find(String userId) {
    try {
      UsersInfoResponse info = slack.usersInfo(r -> r.user(userId));
      if (!info.isOk()) {
        log.warn("Slack refused users.info: {}", info.getError());
        return Optional.empty();
      }
      User user = info.getUser();
      User.Profile profile = user.getProfile();
      String name =
          firstOf(
              profile == null ? null : profile.getRealName(), user.getRealName(), user.getName());
      String email = profile == null || profile.getEmail() == null ? "" : profile.getEmail();
      return Optional.of(new Person(name, email, user.getTeamId() == null ? "" : user.getTeamId()));
    } catch (IOException | SlackApiException e) {
      log.warn("Could not look up a Slack member: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private static String firstOf(String... names) {
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return "A member on Slack";
  }
}
