package org.commonground.storage.rounds;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A member's own matches, newest first, for their App Home; each method one transaction. */
public final class MemberPairs {

  private final Jdbi jdbi;

  public MemberPairs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The member's latest {@code limit} pairs, newest round first. */
  public List<MemberPairRow> latest(long memberId, int limit) {
    return jdbi.inTransaction(
        handle -> handle.attach(MemberPairsRepository.class).latest(memberId, limit));
  }
}
