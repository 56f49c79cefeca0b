package org.commonground.bot.core.tags;

import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.NameKey;

/** What a tag's name, theme and description may be, checked the same way for commands and forms. */
public final class TagRules {

  public static final int NAME_MAX = 80;
  public static final int THEME_MAX = 60;
  public static final int DESCRIPTION_MAX = 300;

  private TagRules() {}

  public static String name(String typed) {
    String name = tidy(typed);
    if (NameKey.of(name).length() < 2) {
      throw new CommandException("A tag needs a name of at least two letters.");
    }
    return within(name, NAME_MAX, "A tag's name");
  }

  static String theme(String typed) {
    String theme = tidy(typed);
    if (NameKey.of(theme).isEmpty()) {
      throw new CommandException("A theme needs a name.");
    }
    return within(theme, THEME_MAX, "A theme");
  }

  public static String description(String typed) {
    return within(tidy(typed), DESCRIPTION_MAX, "A description");
  }

  private static String tidy(String typed) {
    return typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
  }

  private static String within(String text, int max, String what) {
    if (text.length() > max) {
      throw new CommandException(
          what
              + " can be at most "
              + max
              + " characters; *"
              + Markup.escape(Markup.truncate(text, 60))
              + "* has "
              + text.length()
              + ".");
    }
    return text;
  }
}
