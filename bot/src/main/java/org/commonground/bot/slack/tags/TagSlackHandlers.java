package org.commonground.bot.slack.tags;

import com.slack.api.bolt.App;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.storage.tags.TagCatalogue;

/** {@code /tags} for admins, and the options the admins' tag pickers load. */
public final class TagSlackHandlers {

  private final Admins admins;
  private final TagRequestHandler tagCommands;
  private final TagCatalogue catalogue;

  public TagSlackHandlers(Admins admins, TagRequestHandler tagCommands, TagCatalogue catalogue) {
    this.admins = admins;
    this.tagCommands = tagCommands;
    this.catalogue = catalogue;
  }

  public void register(App app) {
    app.command(TagsSlashCommand.COMMAND, new TagsSlashCommand(admins, tagCommands));
    TagOptionsLoad active = new TagOptionsLoad(catalogue, false);
    app.blockSuggestion(MergeTagsModal.INTO_ACTION, active);
    app.blockSuggestion(SuggestionDm.MERGE_ACTION, active);
    TagOptionsLoad current = new TagOptionsLoad(catalogue, true);
    app.blockSuggestion(EditTagModal.TAG_ACTION, current);
    app.blockSuggestion(MergeTagsModal.FROM_ACTION, current);
  }
}
