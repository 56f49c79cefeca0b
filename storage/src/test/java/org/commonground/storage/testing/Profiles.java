package org.commonground.storage.testing;

import java.util.List;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.organisations.Sector;

/** Profile drafts for tests that need members in the database. */
public final class Profiles {

  private Profiles() {}

  /** A member of the named organisation holding these challenges and offers. */
  public static ProfileDraft draft(
      String user, String organisation, List<Integer> challenges, List<Integer> offers) {
    return new ProfileDraft(
        user,
        new OrganisationChoice.New(organisation),
        Sector.LOCAL_AUTHORITY,
        "Commissioning manager",
        "Wirral",
        null,
        1,
        challenges,
        offers,
        List.of(),
        false,
        "v1");
  }
}
