package org.commonground.bot.core.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of an admin command as people type them: a name, or two names either side of {@code
 * ->}, then options such as {@code --theme Work & money}. Quotes (straight or curly) keep an arrow
 * or dashes inside a name; the long dashes that phones and Macs put in place of {@code --} count as
 * {@code --}.
 */
public final class TypedArguments {

  private final List<String> names;
  private final Map<String, String> options;

  private TypedArguments(List<String> names, Map<String, String> options) {
    this.names = names;
    this.options = options;
  }

  /** Parses {@code text}; only {@code known} options are accepted. */
  public static TypedArguments parse(String text, Set<String> known) {
    Scanner scanner = new Scanner(text);
    scanner.run();
    for (String option : scanner.options.keySet()) {
      if (!known.contains(option)) {
        throw new CommandException(
            "I don't know the option `--" + option + "`. You can use " + listed(known) + ".");
      }
    }
    if (scanner.names.size() > 2) {
      throw new CommandException("Use one `->` between the two names.");
    }
    return new TypedArguments(scanner.names, scanner.options);
  }

  /** The name before any arrow; empty if none was typed. */
  public String name() {
    return names.get(0);
  }

  public boolean hasArrow() {
    return names.size() == 2;
  }

  /** The name after the arrow; empty if there is no arrow or nothing after it. */
  public String target() {
    return hasArrow() ? names.get(1) : "";
  }

  public Optional<String> option(String option) {
    return Optional.ofNullable(options.get(option));
  }

  private static String listed(Set<String> known) {
    return known.isEmpty()
        ? "none here"
        : String.join(" and ", known.stream().sorted().map(k -> "`--" + k + "`").toList());
  }

  /** One pass over the text, outside quotes splitting at arrows and at option dashes. */
  private static final class Scanner {
    private final String text;
    private final List<String> names = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final StringBuilder current = new StringBuilder();
    private String option;
    private boolean quoted;
    private int at;

    Scanner(String text) {
      this.text = text == null ? "" : text;
    }

    void run() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (Quotes.isQuote(c)) {
          quoted = !quoted;
          current.append(c);
          at++;
        } else if (!quoted && option == null && arrowLength() > 0) {
          names.add(Quotes.clean(current.toString()));
          current.setLength(0);
          at += arrowLength();
        } else if (!quoted && dashLength() > 0) {
          finish();
          at += dashLength();
          option = readWord();
        } else {
          current.append(c);
          at++;
        }
      }
      finish();
    }

    private void finish() {
      String value = Quotes.clean(current.toString());
      current.setLength(0);
      if (option == null) {
        names.add(value);
      } else {
        options.put(option, value);
      }
    }

    private int arrowLength() {
      if (text.startsWith("->", at) || text.startsWith("=>", at)) {
        return 2;
      }
      return text.charAt(at) == '→' ? 1 : 0;
    }

    /** Dashes that start an option: at the start or after a space, and before a letter. */
    private int dashLength() {
      if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
        return 0;
      }
      int length = text.startsWith("--", at) ? 2 : "—–".indexOf(text.charAt(at)) >= 0 ? 1 : 0;
      boolean letterFollows =
          length > 0 && at + length < text.length() && Character.isLetter(text.charAt(at + length));
      return letterFollows ? length : 0;
    }

    private String readWord() {
      int start = at;
      while (at < text.length() && Character.isLetter(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at).toLowerCase(java.util.Locale.ROOT);
    }
  }
}
