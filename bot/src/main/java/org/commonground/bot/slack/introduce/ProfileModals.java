package org.commonground.bot.slack.introduce;

import com.google.gson.Gson;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.tags.Tag;

/**
 * The profile modal as the JSON {@code views.open} takes, pre-filled when the member has a profile
 * already. A newcomer's form is the same for everyone while the tags and organisations stay the
 * same, so it is built once per change rather than once per {@code /introduce}.
 */
public final class ProfileModals {

  /** How the Web API client writes views: the JSON here is what it would send. */
  private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();

  /** A newcomer's form, and the choices it was built from (the same lists until they change). */
  private record BlankForm(List<Tag> tags, List<Organisation> organisations, String json) {}

  private final AtomicReference<BlankForm> blank = new AtomicReference<>();
  private final ProfileService profiles;

  public ProfileModals(ProfileService profiles) {
    this.profiles = profiles;
  }

  public String modalFor(String userId) {
    ProfileService.FormStart start = profiles.formFor(userId);
    if (start.existing().isPresent()) {
      return SLACK_JSON.toJson(modal(start));
    }
    BlankForm cached = blank.get();
    if (cached != null
        && cached.tags() == start.tags()
        && cached.organisations() == start.organisations()) {
      return cached.json();
    }
    BlankForm fresh =
        new BlankForm(start.tags(), start.organisations(), SLACK_JSON.toJson(modal(start)));
    blank.set(fresh);
    return fresh.json();
  }

  private View modal(ProfileService.FormStart start) {
    return ProfileModal.build(
        new ProfileModal.Content(
            start.tags(),
            start.organisations(),
            start.places(),
            start.existing(),
            start.introChannel(),
            profiles.notice()));
  }
}
