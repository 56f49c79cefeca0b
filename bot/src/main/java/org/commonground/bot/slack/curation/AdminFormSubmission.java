package org.commonground.bot.slack.curation;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Map;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.curation.FieldError;
import org.commonground.bot.core.curation.Guarded;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.views.NoticeModal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves an admin form: checks the submitter is an admin, hands the values over, then shows what was
 * done in place of the form, or keeps the form open with the problem under the field concerned.
 */
public final class AdminFormSubmission implements ViewSubmissionHandler {

  /** What a form does with its values, returning what was done (mrkdwn). */
  @FunctionalInterface
  public interface Action {
    String submit(String actor, View view);
  }

  private static final Logger log = LoggerFactory.getLogger(AdminFormSubmission.class);

  private final Admins admins;
  private final String title;
  private final String mainBlock;
  private final Action action;

  /** {@code mainBlock} is where problems not tied to one field are shown. */
  public AdminFormSubmission(Admins admins, String title, String mainBlock, Action action) {
    this.admins = admins;
    this.title = title;
    this.mainBlock = mainBlock;
    this.action = action;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    String user = request.getPayload().getUser().getId();
    if (!admins.isAdmin(user)) {
      return ctx.ackWithErrors(Map.of(mainBlock, Admins.REFUSAL));
    }
    try {
      String done = action.submit(user, request.getPayload().getView());
      return ctx.ack(r -> r.responseAction("update").view(NoticeModal.of(title, done)));
    } catch (FieldError e) {
      return ctx.ackWithErrors(Map.of(e.blockId(), Markup.plain(e.getMessage())));
    } catch (CommandException e) {
      return ctx.ackWithErrors(Map.of(mainBlock, Markup.plain(e.getMessage())));
    } catch (RuntimeException e) {
      log.error("Admin form {} failed", title, e);
      return ctx.ackWithErrors(Map.of(mainBlock, Markup.plain(Guarded.FAILED)));
    }
  }
}
