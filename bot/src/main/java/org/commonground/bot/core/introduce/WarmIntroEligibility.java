package org.commonground.bot.core.introduce;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;

/**
 * Whether two members may be asked about a warm introduction: both take part in matching as the
 * weekly round counts it, agreement to the current privacy notice included, and none of the three
 * has declined or blocked another (the suggester included, who would be in the conversation). The
 * caller says only "not right now", whichever check failed, so a private decline or block stays
 * private.
 */
final class WarmIntroEligibility {

  private final BlockList blocks;
  private final Supplier<String> noticeVersion;

  /**
   * @param noticeVersion the current privacy notice's version: whoever agreed only to an earlier
   *     one counts as not consenting until they agree again
   */
  WarmIntroEligibility(BlockList blocks, Supplier<String> noticeVersion) {
    this.blocks = blocks;
    this.noticeVersion = noticeVersion;
  }

  /**
   * Whether someone may suggest introductions at all: an introduced member who has agreed to the
   * current privacy notice.
   */
  boolean maySuggest(Optional<Profile> suggester) {
    return suggester.map(Profile::member).filter(this::isMember).isPresent();
  }

  boolean allows(Profile suggester, Optional<Profile> a, Optional<Profile> b, LocalDate today) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    long s = suggester.member().id();
    long first = a.get().member().id();
    long second = b.get().member().id();
    return open(a.get().member(), today)
        && open(b.get().member(), today)
        && !blocks.separated(first, second)
        && !blocks.separated(s, first)
        && !blocks.separated(s, second);
  }

  /**
   * As the weekly round counts eligibility: a member on the current notice, not paused, wanting at
   * least one match.
   */
  private boolean open(Member member, LocalDate today) {
    return isMember(member)
        && member.matchesPerWeek() > 0
        && (member.pausedUntil() == null || member.pausedUntil().isBefore(today));
  }

  private boolean isMember(Member member) {
    return !member.deactivated() && noticeVersion.get().equals(member.consentNoticeVersion());
  }
}
