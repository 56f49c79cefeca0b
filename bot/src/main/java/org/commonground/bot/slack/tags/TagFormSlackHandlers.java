package org.commonground.bot.slack.tags;

import com.slack.api.bolt.App;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.tags.TagListView;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.curation.AdminFormButton;
import org.commonground.bot.slack.curation.AdminFormSubmission;

/** The tag list's Add, Edit and Merge buttons, and the admin forms they open. */
public final class TagFormSlackHandlers {

  private static final String TAGS_TITLE = "Challenge tags";

  private final Admins admins;
  private final Poster poster;
  private final TagForms forms;

  public TagFormSlackHandlers(Admins admins, Poster poster, TagForms forms) {
    this.admins = admins;
    this.poster = poster;
    this.forms = forms;
  }

  public void register(App app) {
    app.blockAction(TagListView.ADD_ACTION, new AdminFormButton(admins, poster, forms::add));
    app.blockAction(TagListView.EDIT_ACTION, new AdminFormButton(admins, poster, forms::edit));
    app.blockAction(TagListView.MERGE_ACTION, new AdminFormButton(admins, poster, forms::merge));
    app.viewSubmission(
        AddTagModal.CALLBACK_ID,
        new AdminFormSubmission(admins, TAGS_TITLE, TagFormInputs.NAME_BLOCK, forms::submitAdd));
    app.viewSubmission(
        EditTagModal.CALLBACK_ID,
        new AdminFormSubmission(admins, TAGS_TITLE, EditTagModal.TAG_BLOCK, forms::submitEdit));
    app.viewSubmission(
        MergeTagsModal.CALLBACK_ID,
        new AdminFormSubmission(admins, TAGS_TITLE, MergeTagsModal.FROM_BLOCK, forms::submitMerge));
  }
}
