package org.commonground.storage.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The direct messages the app sent people, by kind (a short name each feature gives its messages),
 * subject (the id of what the message is about, such as a question or a suggestion; {@link
 * #PER_PERSON} for a kind sent per person) and person.
 *
 * <p>A click on a button names the message it was in, but the clicker writes that payload: only
 * {@link #find} says which message is really theirs. {@link #claim} keeps a message from being sent
 * again within a quiet period, on every replica, however many requests race for it.
 */
public final class SentMessages {

  /** The subject of kinds sent per person rather than per thing. */
  public static final long PER_PERSON = 0;

  private final Jdbi jdbi;
  private final Clock clock;

  public SentMessages(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Takes the right to send this message now: true unless one of the same kind and subject went to
   * the person less than {@code quiet} ago (or is being sent). The caller sends only when true, so
   * a crash between the two costs one message, never a repeat.
   */
  public boolean claim(String kind, long subjectId, String userId, Duration quiet) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          SentMessageRepository sent = handle.attach(SentMessageRepository.class);
          return sent.claimAfter(kind, subjectId, userId, now, now.minus(quiet)) == 1
              || sent.insertIfAbsent(kind, subjectId, userId, now, null, null) == 1;
        });
  }

  /** Stores where a message sent to the person landed, replacing an earlier one of its kind. */
  public void remember(String kind, long subjectId, String userId, SentMessage where) {
    Instant now = clock.instant();
    jdbi.useTransaction(
        handle -> {
          SentMessageRepository sent = handle.attach(SentMessageRepository.class);
          String channel = where.channel();
          String ts = where.ts();
          // When a racing send inserted the row first, this one's place is the one to keep.
          if (sent.land(kind, subjectId, userId, now, channel, ts) == 0
              && sent.insertIfAbsent(kind, subjectId, userId, now, channel, ts) == 0) {
            sent.land(kind, subjectId, userId, now, channel, ts);
          }
        });
  }

  /**
   * The message of this kind and subject that went to this person, where it landed; empty when none
   * did, or it did not land. A click on someone else's message finds nothing here.
   */
  public Optional<SentMessage> find(String kind, long subjectId, String userId) {
    return jdbi.withHandle(
        handle -> handle.attach(SentMessageRepository.class).find(kind, subjectId, userId));
  }
}
