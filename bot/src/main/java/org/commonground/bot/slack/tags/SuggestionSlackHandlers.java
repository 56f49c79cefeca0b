package org.commonground.bot.slack.tags;

import com.slack.api.bolt.App;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.curation.AdminFormButton;

/** An admin's decision on a suggested tag: approve it in a form, reject it, or merge it. */
public final class SuggestionSlackHandlers {

  private final Admins admins;
  private final Poster poster;
  private final TagForms forms;
  private final SuggestionService suggestions;

  public SuggestionSlackHandlers(
      Admins admins, Poster poster, TagForms forms, SuggestionService suggestions) {
    this.admins = admins;
    this.poster = poster;
    this.forms = forms;
    this.suggestions = suggestions;
  }

  public void register(App app) {
    app.blockAction(
        SuggestionDm.APPROVE_ACTION, new AdminFormButton(admins, poster, forms::approve));
    SuggestionDecisionClick decide = new SuggestionDecisionClick(admins, poster, suggestions);
    app.blockAction(SuggestionDm.REJECT_ACTION, decide);
    app.blockAction(SuggestionDm.MERGE_ACTION, decide);
  }
}
