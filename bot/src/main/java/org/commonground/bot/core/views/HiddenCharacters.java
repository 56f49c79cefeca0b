package org.commonground.bot.core.views;

import java.lang.Character.UnicodeScript;
import java.util.Optional;
import java.util.Set;

/**
 * Characters nobody sees that change what everybody sees: controls that reverse the direction of
 * the text around them (a role with U+202E turns the rest of the line backwards wherever it is
 * shown), zero-width characters that make two names look alike, control characters such as NUL, and
 * U+FFFD or half an emoji left by a garbled copy. Text people type is refused when it has one
 * ({@link #complaint}), with a sentence that names it; text Slack reports from a person's own
 * profile is cleaned instead ({@link #strip}), since nobody can be asked to retype it.
 *
 * <p>A zero-width joiner is kept where it does a visible job: between two emoji it makes one
 * (👩‍👩‍👧, 🏳️‍🌈), and a joiner or non-joiner between the letters of a script that joins them
 * (Persian, Arabic, Hindi…) decides how they are drawn. Between Latin letters or alone it only
 * hides.
 */
public final class HiddenCharacters {

  private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
  private static final int ZERO_WIDTH_JOINER = 0x200D;
  private static final int VARIATION_SELECTOR = 0xFE0F;
  private static final int REPLACEMENT = 0xFFFD;
  private static final Set<UnicodeScript> SCRIPTS_WITHOUT_JOINING =
      Set.of(
          UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC, UnicodeScript.COMMON);

  private HiddenCharacters() {}

  /**
   * What is wrong with {@code typed}, as a sentence starting with {@code subject} ("This", "The
   * name"), or empty if nothing is. Line breaks are fine only where {@code multiLine}; a tab
   * always.
   */
  public static Optional<String> complaint(String subject, String typed, boolean multiLine) {
    if (typed == null) {
      return Optional.empty();
    }
    for (int at = 0; at < typed.length(); ) {
      int c = typed.codePointAt(at);
      if ((c == '\n' || c == '\r') && !multiLine) {
        return Optional.of(subject + " has a line break: please keep it to one line.");
      }
      Optional<String> what = c == '\r' ? Optional.<String>empty() : description(typed, at, c);
      if (what.isPresent()) {
        return Optional.of(
            subject
                + " has "
                + what.get()
                + " ("
                + codePoint(c)
                + "). Please type it again rather than pasting it, and leave that character out.");
      }
      at += Character.charCount(c);
    }
    return Optional.empty();
  }

  /** {@code text} without hidden characters; line breaks and tabs become spaces. */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int at = 0; at < text.length(); ) {
      int c = text.codePointAt(at);
      if (c == '\n' || c == '\t' || c == '\r') {
        kept.append(' ');
      } else if (description(text, at, c).isEmpty()) {
        kept.appendCodePoint(c);
      }
      at += Character.charCount(c);
    }
    return kept.toString();
  }

  /** What the character {@code c} at {@code at} is, if it is one that must not be kept. */
  private static Optional<String> description(String text, int at, int c) {
    if (c == '\t' || c == '\n') {
      return Optional.empty();
    }
    if (Character.isISOControl(c)) {
      return Optional.of("a control character that can't be shown");
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return Optional.of("an invisible character that reverses the direction of the text after it");
    }
    if (c == 0x200B || c == 0x2060 || c == 0xFEFF) {
      return Optional.of("an invisible zero-width character");
    }
    if ((c == ZERO_WIDTH_JOINER || c == ZERO_WIDTH_NON_JOINER) && !joins(text, at, c)) {
      return Optional.of("an invisible zero-width character");
    }
    // codePointAt gives a surrogate only when it has no partner: half an emoji.
    if (c == REPLACEMENT || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      return Optional.of("a character that was garbled in copying");
    }
    return Optional.empty();
  }

  /** Whether the joiner at {@code at} joins two emoji, or two letters of a script that joins. */
  private static boolean joins(String text, int at, int joiner) {
    if (at == 0 || at + 1 >= text.length()) {
      return false;
    }
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at + 1);
    if (joiner == ZERO_WIDTH_JOINER && isEmoji(emojiBase(text, at)) && isEmoji(after)) {
      return true;
    }
    return joiningLetter(before) && joiningLetter(after);
  }

  /** The emoji before a joiner, past the variation selector or skin tone that may follow it. */
  private static int emojiBase(String text, int at) {
    int before = text.codePointBefore(at);
    int start = at - Character.charCount(before);
    boolean modifier = before == VARIATION_SELECTOR || (before >= 0x1F3FB && before <= 0x1F3FF);
    return modifier && start > 0 ? text.codePointBefore(start) : before;
  }

  private static boolean isEmoji(int c) {
    return (c >= 0x1F000 && c <= 0x1FAFF)
        || (c >= 0x2600 && c <= 0x27BF)
        || (c >= 0x2300 && c <= 0x23FF)
        || (c >= 0x2B00 && c <= 0x2BFF);
  }

  private static boolean joiningLetter(int c) {
    return Character.isLetter(c) && !SCRIPTS_WITHOUT_JOINING.contains(UnicodeScript.of(c));
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
