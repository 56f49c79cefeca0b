package org.commonground.storage.members;

import java.util.List;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.tags.Tag;

/** A member with their organisation and the tags they hold, each list sorted by name. */
public record Profile(
    Member member,
    Organisation organisation,
    List<Tag> challenges,
    List<Tag> offers,
    List<Tag> asks) {

  public Profile {
    challenges = List.copyOf(challenges);
    offers = List.copyOf(offers);
    asks = List.copyOf(asks);
  }

  public String userId() {
    return member.userId();
  }
}
