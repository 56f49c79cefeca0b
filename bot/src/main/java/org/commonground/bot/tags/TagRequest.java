package org.commonground.bot.tags;

import java.util.Optional;

/** What an admin asked {@code /tags} to do, parsed from the typed line. */
sealed interface TagCommand {

  /** {@code /tags}: the list, open to everyone. */
  record ListTags() implements TagCommand {}

  record Help() implements TagCommand {}

  record History() implements TagCommand {}

  record Add(String name, Optional<String> theme, Optional<String> description)
      implements TagCommand {}

  record Describe(String name, Optional<String> theme, Optional<String> description)
      implements TagCommand {}

  record Rename(String name, String newName) implements TagCommand {}

  record Merge(String from, String into) implements TagCommand {}

  record Retire(String name) implements TagCommand {}

  record Restore(String name) implements TagCommand {}
}
