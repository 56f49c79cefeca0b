package org.commonground.bot.slack.home;

import com.slack.api.bolt.App;
import org.commonground.bot.core.home.MemberBlocks;

/** Registers the App Home block list's pickers, buttons and options load. */
public final class BlockListSlackHandlers {

  private final HomeService home;
  private final MemberBlocks blocks;

  public BlockListSlackHandlers(HomeService home, MemberBlocks blocks) {
    this.home = home;
    this.blocks = blocks;
  }

  public void register(App app) {
    app.blockAction(
        BlockListSection.BLOCK_PERSON_ACTION, new SettingChosen(home, blocks::blockPerson));
    app.blockAction(
        BlockListSection.UNBLOCK_PERSON_ACTION, new SettingChosen(home, blocks::unblockPerson));
    app.blockAction(
        BlockListSection.BLOCK_ORGANISATION_ACTION,
        new SettingChosen(home, blocks::blockOrganisation));
    app.blockAction(
        BlockListSection.UNBLOCK_ORGANISATION_ACTION,
        new SettingChosen(home, blocks::unblockOrganisation));
    app.blockSuggestion(
        BlockListSection.BLOCK_ORGANISATION_ACTION, new BlockableOrganisations(blocks));
  }
}
