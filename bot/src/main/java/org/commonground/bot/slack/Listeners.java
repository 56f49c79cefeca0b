package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.curation.AdminFormButton;
import org.commonground.bot.curation.AdminFormSubmission;
import org.commonground.bot.introduce.IntroduceCommand;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.OrganisationOptions;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.introduce.ProfileSubmission;
import org.commonground.bot.orgs.OrgCuration;
import org.commonground.bot.orgs.OrgsCommand;
import org.commonground.bot.tags.AddTagModal;
import org.commonground.bot.tags.EditTagModal;
import org.commonground.bot.tags.MergeTagsModal;
import org.commonground.bot.tags.SuggestionDecisionClick;
import org.commonground.bot.tags.SuggestionMessage;
import org.commonground.bot.tags.SuggestionService;
import org.commonground.bot.tags.TagCommands;
import org.commonground.bot.tags.TagFormInputs;
import org.commonground.bot.tags.TagForms;
import org.commonground.bot.tags.TagListView;
import org.commonground.bot.tags.TagOptionsLoad;
import org.commonground.bot.tags.TagsCommand;
import org.commonground.storage.tags.TagCatalogue;

/** Binds every Slack entry point to its listener, in one place. */
public final class Listeners {

  private static final String TAGS_TITLE = "Challenge tags";

  private Listeners() {}

  /** The services listeners hand their work to. */
  public record Services(
      Admins admins,
      Poster poster,
      ProfileService profiles,
      IntroductionAnnouncer announcer,
      TagCatalogue tagCatalogue,
      TagCommands tagCommands,
      TagForms tagForms,
      SuggestionService suggestions,
      OrgCuration orgs) {}

  public static void register(App app, Services services) {
    app.command(IntroduceCommand.COMMAND, new IntroduceCommand(services.profiles()));
    app.viewSubmission(
        ProfileModal.CALLBACK_ID,
        new ProfileSubmission(services.profiles(), services.announcer(), services.suggestions()));
    app.blockSuggestion(
        ProfileModal.ORGANISATION_ACTION, new OrganisationOptions(services.profiles()));
    registerTags(app, services);
    registerTagForms(app, services);
    registerSuggestions(app, services);
    app.command(OrgsCommand.COMMAND, new OrgsCommand(services.admins(), services.orgs()));
  }

  private static void registerTags(App app, Services services) {
    app.command(TagsCommand.COMMAND, new TagsCommand(services.admins(), services.tagCommands()));
    TagOptionsLoad active = new TagOptionsLoad(services.tagCatalogue(), false);
    for (String picker :
        new String[] {
          ProfileModal.CHALLENGES_ACTION,
          ProfileModal.OFFERS_ACTION,
          ProfileModal.ASKS_ACTION,
          MergeTagsModal.INTO_ACTION,
          SuggestionMessage.MERGE_ACTION
        }) {
      app.blockSuggestion(picker, active);
    }
    TagOptionsLoad current = new TagOptionsLoad(services.tagCatalogue(), true);
    app.blockSuggestion(EditTagModal.TAG_ACTION, current);
    app.blockSuggestion(MergeTagsModal.FROM_ACTION, current);
  }

  private static void registerTagForms(App app, Services services) {
    Admins admins = services.admins();
    TagForms forms = services.tagForms();
    app.blockAction(
        TagListView.ADD_ACTION, new AdminFormButton(admins, services.poster(), forms::add));
    app.blockAction(
        TagListView.EDIT_ACTION, new AdminFormButton(admins, services.poster(), forms::edit));
    app.blockAction(
        TagListView.MERGE_ACTION, new AdminFormButton(admins, services.poster(), forms::merge));
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

  private static void registerSuggestions(App app, Services services) {
    app.blockAction(
        SuggestionMessage.APPROVE_ACTION,
        new AdminFormButton(services.admins(), services.poster(), services.tagForms()::approve));
    SuggestionDecisionClick decide =
        new SuggestionDecisionClick(services.admins(), services.poster(), services.suggestions());
    app.blockAction(SuggestionMessage.REJECT_ACTION, decide);
    app.blockAction(SuggestionMessage.MERGE_ACTION, decide);
  }
}
