package org.commonground.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.messages.SentMessage;
import org.commonground.storage.messages.SentMessages;

/**
 * Direct messages whose buttons update them in place. Each is remembered where it landed when it is
 * sent, by kind (a short name per feature) and subject (the id its buttons carry), and a click
 * updates the message of that kind and subject that went to the person clicking. The channel and ts
 * a click's payload names are never used: a forged click could point them at someone else's
 * message, and the blocks it carries at a link of the forger's choosing, so callers rebuild blocks
 * from stored data too.
 */
public final class OwnMessages {

  private final SentMessages sent;
  private final Poster poster;

  public OwnMessages(SentMessages sent, Poster poster) {
    this.sent = sent;
    this.poster = poster;
  }

  /** Sends the message and remembers where it landed; false if Slack refused it. */
  public boolean send(
      String kind, long subjectId, String userId, String text, List<LayoutBlock> blocks) {
    Optional<SentMessage> posted = poster.postKept(userId, text, blocks);
    posted.ifPresent(where -> sent.remember(kind, subjectId, userId, where));
    return posted.isPresent();
  }

  /**
   * Replaces the clicker's own message of this kind and subject; false, changing nothing, when none
   * was sent to them.
   */
  public boolean updateOwn(
      String kind, long subjectId, String clicker, String text, List<LayoutBlock> blocks) {
    Optional<SentMessage> own = sent.find(kind, subjectId, clicker);
    own.ifPresent(where -> poster.update(where.channel(), where.ts(), text, blocks));
    return own.isPresent();
  }
}
