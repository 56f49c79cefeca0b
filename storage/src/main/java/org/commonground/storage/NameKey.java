package org.commonground.storage;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name used to decide whether two names are the same: case, spacing, apostrophes and
 * punctuation are ignored and {@code &} reads as "and", so "Children's Services" and "childrens
 * services" are one tag, and "Plus Dane " and "plus dane" one organisation.
 *
 * <p>A key can be longer than its name, up to four times: a name of n {@code &} has the longest,
 * "and and …" of 4n - 1 characters ({@code İ}, the one character that lower-cases to two, gives
 * less). The {@code name_key} columns are four times as wide as their names (migration V11).
 */
public final class NameKey {

  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {}

  public static String of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String withoutApostrophes = APOSTROPHES.matcher(lower).replaceAll("");
    String spelled = withoutApostrophes.replace("&", " and ");
    return NOT_LETTER_OR_DIGIT.matcher(spelled).replaceAll(" ").trim();
  }
}
