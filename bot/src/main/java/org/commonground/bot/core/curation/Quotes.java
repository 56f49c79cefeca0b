package org.commonground.bot.core.curation;

/** Quote marks people type around names, and tidying a typed name. */
final class Quotes {

  private static final String QUOTES = "\"“”„«»";

  private Quotes() {}

  static boolean isQuote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }

  /** Strips surrounding space and one pair of surrounding quotes, and collapses inner spaces. */
  static String clean(String typed) {
    String text = typed.strip();
    if (text.length() >= 2 && isQuote(text.charAt(0)) && isQuote(text.charAt(text.length() - 1))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text.replaceAll("\\s+", " ");
  }
}
