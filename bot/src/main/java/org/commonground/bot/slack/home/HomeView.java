package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.views.Markup;

/**
 * A person's App Home: their profile, settings and data for a member, an invitation for someone not
 * yet introduced, and the network at a glance for admins. Action ids are shared with the listeners
 * that receive them.
 */
public final class HomeView {

  public static final String INTRODUCE_ACTION = "introduce_yourself";
  public static final String EDIT_PROFILE_ACTION = "home_edit_profile";
  public static final String MATCHES_ACTION = "home_matches_per_week";
  public static final String PAUSE_FOR_ACTION = "home_pause_for";
  public static final String PAUSE_UNTIL_ACTION = "home_pause_until";
  public static final String RESUME_ACTION = "home_resume";
  public static final String DOWNLOAD_ACTION = "home_download_my_data";
  public static final String DELETE_ACTION = "home_delete_my_profile";

  /** Slack's limit on the blocks of one App Home view. */
  public static final int BLOCK_LIMIT = 100;

  private HomeView() {}

  public static View build(HomeContent content) {
    List<LayoutBlock> blocks = new ArrayList<>();
    content
        .notice()
        .ifPresent(
            notice ->
                blocks.add(
                    section(
                        s ->
                            s.text(
                                markdownText(
                                    Markup.truncateMarkup(notice, Markup.PARAGRAPH_LIMIT))))));
    if (content.profile().isPresent()) {
      var profile = content.profile().get();
      blocks.addAll(ConsentPrompt.blocks(profile.member(), content.privacy()));
      blocks.addAll(ProfileSection.blocks(profile));
      blocks.addAll(MatchesSection.blocks(content.matches()));
      blocks.addAll(SettingsSection.blocks(profile.member(), content.today(), content.nextRound()));
      blocks.addAll(BlockListSection.blocks(content.blocks(), content.zone()));
      blocks.addAll(PrivacySection.blocks(profile.member(), content.privacy()));
    } else {
      blocks.addAll(newcomer());
    }
    content.network().ifPresent(network -> blocks.addAll(NetworkSection.blocks(network)));
    blocks.addAll(content.adminPanels());
    return view(v -> v.type("home").blocks(blocks));
  }

  static List<LayoutBlock> newcomer() {
    return List.of(
        header(h -> h.text(plainText("Welcome to Common Ground"))),
        section(
            s ->
                s.text(
                    markdownText(
                        "Common Ground introduces you to people *from other organisations* in the"
                            + " network who work on the same challenges as you.\n"
                            + "Tell us your organisation, role and challenges once.\n"
                            + "Each week you get a short DM with a few people worth meeting."))),
        actions(
            List.of(
                button(
                    b ->
                        b.actionId(INTRODUCE_ACTION)
                            .style("primary")
                            .text(plainText("Introduce yourself"))))),
        context(
            List.of(
                markdownText(
                    "Your profile is shared only with your matches and the network's admins."))),
        divider());
  }
}
