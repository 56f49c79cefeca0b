package org.commonground.bot.slack.digest;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A digest after one of its matches was answered: that match's buttons give way to a note. */
final class DigestUpdate {

  static final String INTRO_ME_NOTE =
      ":raised_hands: You said *Intro me*. As soon as they say yes too, we'll start a group DM for"
          + " the two of you.";
  static final String NOT_FOR_ME_NOTE =
      ":ok_hand: You passed on this one. They won't be told, and we won't suggest you to each"
          + " other again. Changed your mind? Undo it in the app's Home tab, under *Who you won't"
          + " be matched with*.";
  static final String INTRODUCED_NOTE =
      ":tada: You both said yes: we've started a group DM for the two of you.";

  private DigestUpdate() {}

  static List<LayoutBlock> replacingButtons(List<LayoutBlock> blocks, long pairId, String note) {
    String blockId = DigestMessage.MATCH_ACTIONS_BLOCK + pairId;
    List<LayoutBlock> updated = new ArrayList<>(blocks.size());
    for (LayoutBlock block : blocks) {
      updated.add(Objects.equals(block.getBlockId(), blockId) ? noteBlock(blockId, note) : block);
    }
    return updated;
  }

  private static LayoutBlock noteBlock(String blockId, String note) {
    return context(c -> c.blockId(blockId).elements(List.of(markdownText(note))));
  }
}
