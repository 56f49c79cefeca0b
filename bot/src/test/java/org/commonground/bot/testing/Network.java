package org.commonground.bot.testing;

import java.util.List;
import org.commonground.storage.tags.Tag;

/** Members introduced through the real profile modal, for tests that need a network. */
public final class Network {

  private final RunningApp app;
  private final List<Tag> tags;

  public Network(RunningApp app) {
    this.app = app;
    this.tags = app.stores().tags().active();
  }

  public Tag tag(int index) {
    return tags.get(index);
  }

  /** Introduces a member of {@code organisation} working on the tags at these indexes. */
  public void introduce(String userId, String organisation, String sector, int... tagIndexes) {
    int[] ids = java.util.Arrays.stream(tagIndexes).map(i -> tags.get(i).id()).toArray();
    var response =
        app.requests()
            .interaction(
                ProfilePayload.valid(ids)
                    .user(userId)
                    .newOrganisation(organisation)
                    .sector(sector)
                    .role("Role of " + userId)
                    .json());
    if (response.statusCode() != 200 || !response.body().isEmpty()) {
      throw new AssertionError("could not introduce " + userId + ": " + response.body());
    }
  }
}
