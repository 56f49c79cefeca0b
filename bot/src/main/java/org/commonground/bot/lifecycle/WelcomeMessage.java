package org.commonground.bot.lifecycle;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.commonground.bot.home.HomeView;

/** The DM a person gets when they join the workspace. Nobody is enrolled without asking. */
public final class WelcomeMessage {

  public static final String TEXT = "Welcome! Common Ground can introduce you to people like you.";

  /** What the app is, in words for any chat platform. */
  public static final String INTRODUCTION =
      ":wave: *Welcome to the network!* I'm Common Ground. Every week I introduce members to"
          + " people *from other organisations* who work on the same challenges: councils, NHS"
          + " bodies, charities, housing associations and social enterprises.";

  public static final String INVITATION =
      "If you'd like that, tell me a little about your work. It takes two minutes, and you can"
          + " pause or delete it whenever you like.";

  public static final String BUTTON = "Introduce yourself";

  private WelcomeMessage() {}

  static List<LayoutBlock> blocks() {
    return List.of(
        section(s -> s.text(markdownText(INTRODUCTION))),
        section(s -> s.text(markdownText(INVITATION))),
        actions(
            List.of(
                button(
                    b ->
                        b.actionId(HomeView.INTRODUCE_ACTION)
                            .style("primary")
                            .text(plainText(BUTTON))))),
        context(List.of(markdownText("Not now? Run `/introduce` whenever you're ready."))));
  }
}
