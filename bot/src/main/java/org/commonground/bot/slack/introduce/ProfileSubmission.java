package org.commonground.bot.slack.introduce;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileForm;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.slack.views.SubmittedValues;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.TooManySuggestionsException;

/**
 * The profile modal's Save: shows field errors and keeps the modal open, or saves the profile with
 * any challenge the member suggested (before acknowledging, so a closed modal always means both are
 * saved) and announces them after. A suggestion over the member's cap saves nothing and keeps the
 * form open as it was, with a note on the suggestion box.
 */
public final class ProfileSubmission implements ViewSubmissionHandler {

  private final ProfileService profiles;
  private final IntroductionAnnouncer announcer;
  private final SuggestionService suggestions;

  public ProfileSubmission(
      ProfileService profiles, IntroductionAnnouncer announcer, SuggestionService suggestions) {
    this.profiles = profiles;
    this.announcer = announcer;
    this.suggestions = suggestions;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    String userId = request.getPayload().getUser().getId();
    ProfileForm.Outcome outcome =
        profiles.check(userId, new SubmittedValues(request.getPayload().getView().getState()));
    if (outcome.draft().isEmpty()) {
      return ctx.ackWithErrors(outcome.errors());
    }
    ProfileStore.Saved saved;
    try {
      saved = profiles.save(outcome.draft().get(), outcome.suggestion());
    } catch (TooManySuggestionsException e) {
      return ctx.ackWithErrors(
          Map.of(ProfileFields.SUGGESTION_FIELD, ProfileLabels.TOO_MANY_SUGGESTIONS));
    }
    announcer.announceLater(saved);
    saved.suggestion().ifPresent(suggestions::tellAdminsLater);
    return ctx.ack();
  }
}
