package org.commonground.bot.slack.digest;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Map;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.DigestWords;

/**
 * A digest drawn again in Block Kit: each answered match's buttons give way to what became of it.
 */
public final class SlackDigestRedraw {

  /** The digest's new notification text and blocks. */
  public record Redrawn(String text, List<LayoutBlock> blocks) {}

  private SlackDigestRedraw() {}

  public static Redrawn draw(DigestRedraw.Answered answered) {
    List<LayoutBlock> blocks = DigestMessage.blocks(answered.digest());
    for (Map.Entry<Long, DigestRedraw.MatchState> state : answered.states().entrySet()) {
      blocks = DigestUpdate.replacingButtons(blocks, state.getKey(), note(state.getValue()));
    }
    return new Redrawn(DigestWords.fallbackText(answered.digest()), blocks);
  }

  private static String note(DigestRedraw.MatchState state) {
    return switch (state) {
      case WAITING -> DigestUpdate.INTRO_ME_NOTE;
      case NOT_FOR_ME -> DigestUpdate.NOT_FOR_ME_NOTE;
      case INTRODUCED -> DigestUpdate.INTRODUCED_NOTE;
    };
  }
}
