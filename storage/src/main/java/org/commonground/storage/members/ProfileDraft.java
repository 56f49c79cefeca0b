package org.commonground.storage.members;

import java.util.List;
import org.commonground.storage.organisations.Sector;

/** A validated profile as submitted by a member, ready to be saved. */
public record ProfileDraft(
    String userId,
    OrganisationChoice organisation,
    Sector sector,
    String role,
    String place,
    String workingOn,
    int matchesPerWeek,
    List<Integer> challengeIds,
    List<Integer> offerIds,
    List<Integer> askIds,
    boolean shareInChannel,
    String consentNoticeVersion) {

  public ProfileDraft {
    challengeIds = List.copyOf(challengeIds);
    offerIds = List.copyOf(offerIds);
    askIds = List.copyOf(askIds);
  }
}
