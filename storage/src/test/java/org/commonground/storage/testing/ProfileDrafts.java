package org.commonground.storage.testing;

import java.util.List;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.organisations.Sector;

/** Valid profile drafts for storage tests. */
public final class ProfileDrafts {

  public static final String ROLE = "Commissioning manager";
  public static final String WORKING_ON = "Redesigning early help with families";

  /** The privacy notice version every draft agrees to. */
  public static final String NOTICE_VERSION = "v1";

  private ProfileDrafts() {}

  public static ProfileDraft draft(
      String userId, OrganisationChoice organisation, List<Integer> challengeIds) {
    return draft(userId, organisation, challengeIds, ROLE, WORKING_ON);
  }

  public static ProfileDraft draft(
      String userId,
      OrganisationChoice organisation,
      List<Integer> challengeIds,
      String role,
      String workingOn) {
    return new ProfileDraft(
        userId,
        organisation,
        Sector.LOCAL_AUTHORITY,
        role,
        "Wirral",
        workingOn,
        1,
        challengeIds,
        List.of(),
        List.of(),
        true,
        NOTICE_VERSION);
  }
}
