package org.commonground.bot.testing;

import java.net.http.HttpResponse;

/** Members of the test workspace and what they do through the app. */
public final class Members {

  public static final String ADMIN = "U0ADMIN";
  public static final String MEMBER = "U0123MEMBER";

  private Members() {}

  /** Makes Slack's next {@code users.info} say {@code userId} is an ordinary member. */
  public static void notAnAdmin(RunningApp app, String userId) {
    app.slack()
        .answerNext(
            "users.info",
            FakeSlack.Answer.ok(
                "{\"ok\":true,\"user\":{\"id\":\""
                    + userId
                    + "\",\"is_admin\":false,\"is_owner\":false}}"));
  }

  /** Sends a slash command and returns the words of its private answer. */
  public static String command(RunningApp app, String command, String text, String userId) {
    HttpResponse<String> response = app.requests().slashCommand(command, text, userId);
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return VisibleText.of(response.body());
  }
}
