package org.commonground.storage.tags;

import java.util.Optional;

/**
 * What the edit form changes about one tag; an empty field stays as it is.
 *
 * @param name the new name, which must be free
 * @param theme the new theme
 * @param description the new description
 * @param status {@link TagStatus#ACTIVE} to restore, {@link TagStatus#RETIRED} to retire
 */
public record TagEdit(
    Optional<String> name,
    Optional<String> theme,
    Optional<String> description,
    Optional<TagStatus> status) {}
