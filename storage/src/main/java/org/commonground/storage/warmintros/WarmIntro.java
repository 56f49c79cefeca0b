package org.commonground.storage.warmintros;

import java.time.Instant;

/**
 * A warm introduction as stored: who suggested it and why, the two people, their answers and the DM
 * each was sent. A member who deleted their profile reads as {@code null}.
 *
 * @param suggesterUserId the Slack user id of whoever suggested it, while they are a member
 * @param pairId the pair it became once both said yes
 */
public record WarmIntro(
    long id,
    Long suggestedBy,
    String suggesterUserId,
    Instant suggestedAt,
    WarmIntroOutcome outcome,
    Long memberA,
    Long memberB,
    String note,
    Instant expiresAt,
    WarmIntroAnswer aAnswer,
    WarmIntroAnswer bAnswer,
    String aChannel,
    String aTs,
    String bChannel,
    String bTs,
    Long pairId) {

  /** Whether {@code memberId} is one of the two being introduced. */
  public boolean addresses(long memberId) {
    return isA(memberId) || Long.valueOf(memberId).equals(memberB);
  }

  public Long partnerOf(long memberId) {
    return isA(memberId) ? memberB : memberA;
  }

  public WarmIntroAnswer answerOf(long memberId) {
    return isA(memberId) ? aAnswer : bAnswer;
  }

  /** The DM {@code memberId} was sent, or null before it was. */
  public DmMessage messageTo(long memberId) {
    String channel = isA(memberId) ? aChannel : bChannel;
    String ts = isA(memberId) ? aTs : bTs;
    return channel == null || ts == null ? null : new DmMessage(channel, ts);
  }

  private boolean isA(long memberId) {
    return Long.valueOf(memberId).equals(memberA);
  }

  /** Where a message was posted. */
  public record DmMessage(String channel, String ts) {}
}
