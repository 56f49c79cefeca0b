package org.commonground.storage.members;

import java.util.List;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.revisions.RevisionCache;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.jdbi.v3.core.Jdbi;

/**
 * What a profile can be made of right now: the active tags in the pickers' order and the
 * organisations by name. Every {@code /introduce} needs both; while neither table has changed they
 * are the same object, found with one small query.
 */
public final class ProfileChoices {

  public record Choices(List<Tag> tags, List<Organisation> organisations) {}

  private final RevisionCache<Choices> current;

  public ProfileChoices(Jdbi jdbi, TagCatalogue tags, OrganisationCatalogue organisations) {
    this.current =
        new RevisionCache<>(
            jdbi, () -> new Choices(tags.active(), organisations.list()), "tag", "organisation");
  }

  public Choices current() {
    return current.get();
  }
}
