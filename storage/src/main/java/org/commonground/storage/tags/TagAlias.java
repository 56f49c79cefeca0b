package org.commonground.storage.tags;

/** A former name of a tag, kept after a rename or merge so that it still finds the tag. */
public record TagAlias(String nameKey, String name, int tagId) {}
