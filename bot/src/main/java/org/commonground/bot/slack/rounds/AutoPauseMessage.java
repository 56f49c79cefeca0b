package org.commonground.bot.slack.rounds;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** The DM telling a member their introductions are paused, with a one-click way back. */
public final class AutoPauseMessage {

  public static final String KEEP_ME_IN_ACTION = "auto_pause_keep_me_in";

  /** The block of the button, which a click replaces with a welcome back. */
  static final String KEEP_BLOCK = "auto_pause_keep";

  public static final String TEXT = "We've paused your Common Ground introductions";

  private static final String EXPLANATION =
      ":double_vertical_bar: *We've paused your introductions.* You haven't answered any of your"
          + " matches for three weeks, so we've stopped sending them rather than fill your DMs."
          + " Nothing else changes: your profile stays as it is.";

  /** The notice for a member off Slack, where there is neither this button nor App Home. */
  static final String OFF_SLACK =
      ":double_vertical_bar: *We've paused your introductions.* You haven't answered any of your"
          + " matches for three weeks, so we've stopped sending them rather than fill your chat."
          + " Nothing else changes: your profile stays as it is. Send *resume* whenever you'd like"
          + " them again.";

  private AutoPauseMessage() {}

  /** The message sent before week {@code weekNumber}'s round, which its button carries. */
  static List<LayoutBlock> blocks(long weekNumber) {
    return List.of(
        section(s -> s.text(markdownText(EXPLANATION))),
        actions(
            a ->
                a.blockId(KEEP_BLOCK)
                    .elements(
                        List.of(
                            button(
                                b ->
                                    b.actionId(KEEP_ME_IN_ACTION)
                                        .value(Long.toString(weekNumber))
                                        .style("primary")
                                        .text(plainText("Keep me in")))))),
        context(List.of(markdownText("You can also resume any time from the app's *Home* tab."))));
  }

  /** The message once the member chose to stay: the button gives way to what happened. */
  static List<LayoutBlock> keptIn(String notice) {
    return List.of(
        section(s -> s.text(markdownText(EXPLANATION))),
        context(c -> c.blockId(KEEP_BLOCK).elements(List.of(markdownText(notice)))));
  }
}
