package org.commonground.storage.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.commonground.storage.members.MemberTagRow;
import org.jdbi.v3.core.Jdbi;

/**
 * Who takes part in a round on a given day, and the active tags they hold; each method one
 * transaction.
 */
public final class Eligibility {

  /**
   * The condition on {@code member m} for taking part on {@code :day} with {@code :noticeVersion}
   * agreed, shared with the introductions that must name only members a round would take.
   */
  public static final String ELIGIBLE = EligibilityRepository.ELIGIBLE;

  private final Jdbi jdbi;
  private final Supplier<String> noticeVersion;

  /**
   * @param noticeVersion the version of the privacy notice members must have agreed to, as it is
   *     when asked
   */
  public Eligibility(Jdbi jdbi, Supplier<String> noticeVersion) {
    this.jdbi = jdbi;
    this.noticeVersion = noticeVersion;
  }

  public List<EligibleMember> membersOn(LocalDate day) {
    return jdbi.withExtension(
        EligibilityRepository.class, e -> e.eligibleOn(day, noticeVersion.get()));
  }

  /**
   * The user ids of the members eligible on {@code day} who have not been sent the message of this
   * kind and subject (see {@link org.commonground.storage.messages.SentMessages}), in the order
   * they joined.
   */
  public List<String> notSentOn(LocalDate day, String kind, long subjectId) {
    return jdbi.withExtension(
        EligibilityRepository.class, e -> e.notSentOn(day, noticeVersion.get(), kind, subjectId));
  }

  /** The active tags of every member eligible on {@code day}. */
  public List<MemberTagRow> activeTagsOn(LocalDate day) {
    return jdbi.withExtension(
        EligibilityRepository.class, e -> e.activeTagsOfEligibleOn(day, noticeVersion.get()));
  }

  /** Who is in the network on {@code day}, and how many of them are paused then. */
  public Headcount headcountOn(LocalDate day) {
    return jdbi.withExtension(EligibilityRepository.class, e -> e.headcountOn(day));
  }
}
