package org.commonground.storage.members;

import org.commonground.storage.organisations.Sector;

/** The columns of a member row that a profile submission sets. */
public record MemberFields(
    String userId,
    long organisationId,
    Sector sector,
    String role,
    String place,
    String workingOn,
    int matchesPerWeek,
    boolean shareInChannel,
    String consentNoticeVersion) {

  /** What a stored member's row says of these columns. */
  static MemberFields of(Member member) {
    return new MemberFields(
        member.userId(),
        member.organisationId(),
        member.sector(),
        member.role(),
        member.place(),
        member.workingOn(),
        member.matchesPerWeek(),
        member.shareInChannel(),
        member.consentNoticeVersion());
  }

  static MemberFields of(ProfileDraft draft, long organisationId) {
    return new MemberFields(
        draft.userId(),
        organisationId,
        draft.sector(),
        draft.role(),
        draft.place(),
        draft.workingOn(),
        draft.matchesPerWeek(),
        draft.shareInChannel(),
        draft.consentNoticeVersion());
  }
}
