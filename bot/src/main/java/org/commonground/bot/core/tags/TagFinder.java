package org.commonground.bot.core.tags;

import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.curation.NearMiss;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagAlias;
import org.commonground.storage.tags.TagCatalogue;

/** Finds the tag an admin named, or says which tags they probably meant. */
final class TagFinder {

  private final TagCatalogue catalogue;

  TagFinder(TagCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Tag find(String name) {
    return catalogue.findByName(name).orElseThrow(() -> notFound(name));
  }

  private CommandException notFound(String name) {
    List<String> names = new ArrayList<>(catalogue.current().stream().map(Tag::name).toList());
    names.addAll(catalogue.aliases().stream().map(TagAlias::name).toList());
    List<String> close = NearMiss.closest(name, names);
    String text = "I can't find a tag called *" + Markup.escape(name) + "*.";
    if (close.isEmpty()) {
      return new CommandException(text + " `/tags` lists them all.");
    }
    List<String> shown = close.stream().map(n -> "*" + Markup.escape(n) + "*").toList();
    return new CommandException(text + " Did you mean " + String.join(" or ", shown) + "?");
  }
}
