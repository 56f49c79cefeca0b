package org.commonground.bot.slack.privacy;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.slack.home.HomeService;
import org.commonground.storage.privacy.MemberDataEraser;

/**
 * The deletion modal's Delete: deletes before acknowledging, so a closed modal means a deleted
 * profile, then tells the member what went and shows them the newcomer's App Home.
 */
public final class DeletionConfirmed implements ViewSubmissionHandler {

  static final String DONE = ":wastebasket: Your profile is deleted. We've sent you the details.";

  private final PrivacyService privacy;
  private final HomeService home;

  public DeletionConfirmed(PrivacyService privacy, HomeService home) {
    this.privacy = privacy;
    this.home = home;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    String userId = request.getPayload().getUser().getId();
    MemberDataEraser.Erased erased = privacy.delete(userId);
    privacy.tellLater(userId, erased, "You asked us to.");
    home.publishLater(userId, Optional.of(DONE));
    return ctx.ack();
  }
}
