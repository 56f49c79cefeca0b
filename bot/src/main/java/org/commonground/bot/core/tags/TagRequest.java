package org.commonground.bot.core.tags;

import java.util.Optional;

/** What an admin asked {@code /tags} to do, parsed from the typed line. */
sealed interface TagRequest {

  /** {@code /tags}: the list, open to everyone. */
  record ListTags() implements TagRequest {}

  record Help() implements TagRequest {}

  record History() implements TagRequest {}

  record Add(String name, Optional<String> theme, Optional<String> description)
      implements TagRequest {}

  record Describe(String name, Optional<String> theme, Optional<String> description)
      implements TagRequest {}

  record Rename(String name, String newName) implements TagRequest {}

  record Merge(String from, String into) implements TagRequest {}

  record Retire(String name) implements TagRequest {}

  record Restore(String name) implements TagRequest {}
}
