package org.commonground.bot.digest;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.RoundPair;

/** A digest after some of its matches were answered: their buttons give way to a note each. */
final class DigestUpdate {

  static final String INTRO_ME_NOTE =
      ":raised_hands: You said *Intro me*. As soon as they say yes too, we'll start a group DM for"
          + " the two of you.";
  static final String NOT_FOR_ME_NOTE =
      ":ok_hand: You passed on this one. They won't be told, and we won't suggest you to each"
          + " other again.";
  static final String INTRODUCED_NOTE =
      ":tada: You both said yes: we've started a group DM for the two of you.";

  private DigestUpdate() {}

  /**
   * The digest as sent, with each match its recipient has answered showing a note instead of its
   * buttons.
   */
  static List<LayoutBlock> answered(Digest digest, List<RoundPair> pairs, long recipientId) {
    Map<String, String> notes = new HashMap<>();
    for (RoundPair pair : pairs) {
      note(pair, recipientId)
          .ifPresent(note -> notes.put(DigestMessage.MATCH_ACTIONS_BLOCK + pair.id(), note));
    }
    List<LayoutBlock> blocks = DigestMessage.blocks(digest);
    List<LayoutBlock> updated = new ArrayList<>(blocks.size());
    for (LayoutBlock block : blocks) {
      String note = block.getBlockId() == null ? null : notes.get(block.getBlockId());
      updated.add(note == null ? block : noteBlock(block.getBlockId(), note));
    }
    return updated;
  }

  private static Optional<String> note(RoundPair pair, long recipientId) {
    Answer answer = pair.answerOf(recipientId);
    if (answer == null) {
      return Optional.empty();
    }
    if (answer == Answer.NOT_FOR_ME) {
      return Optional.of(NOT_FOR_ME_NOTE);
    }
    return Optional.of(pair.introducedAt() == null ? INTRO_ME_NOTE : INTRODUCED_NOTE);
  }

  private static LayoutBlock noteBlock(String blockId, String note) {
    return context(c -> c.blockId(blockId).elements(List.of(markdownText(note))));
  }
}
