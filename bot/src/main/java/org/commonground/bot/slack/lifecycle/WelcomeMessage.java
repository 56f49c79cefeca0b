package org.commonground.bot.slack.lifecycle;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.lifecycle.WelcomeWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.home.HomeView;

/** The DM a person gets when they join the workspace. Nobody is enrolled without asking. */
public final class WelcomeMessage {

  private WelcomeMessage() {}

  /**
   * @param networkWords the network's own paragraph, shown literally after the app's introduction
   */
  static List<LayoutBlock> blocks(Optional<String> networkWords) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(WelcomeWords.INTRODUCTION))));
    networkWords.ifPresent(
        words -> blocks.add(section(s -> s.text(markdownText(Markup.escape(words))))));
    blocks.add(section(s -> s.text(markdownText(WelcomeWords.INVITATION))));
    blocks.add(
        actions(
            List.of(
                button(
                    b ->
                        b.actionId(HomeView.INTRODUCE_ACTION)
                            .style("primary")
                            .text(plainText(WelcomeWords.BUTTON))))));
    blocks.add(context(List.of(markdownText("Not now? Run `/introduce` whenever you're ready."))));
    return blocks;
  }
}
